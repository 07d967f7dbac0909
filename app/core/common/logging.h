#pragma once

#include <QLoggingCategory>

// Developer diagnostics, one category per component. Per-packet categories are off by default;
// enable them with QT_LOGGING_RULES="ztpw.dhcp.packet.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcBench)
Q_DECLARE_LOGGING_CATEGORY(lcDhcp)
Q_DECLARE_LOGGING_CATEGORY(lcDhcpPacket)
Q_DECLARE_LOGGING_CATEGORY(lcTftp)
Q_DECLARE_LOGGING_CATEGORY(lcTftpPacket)
Q_DECLARE_LOGGING_CATEGORY(lcStorage)
Q_DECLARE_LOGGING_CATEGORY(lcWorkspace)
Q_DECLARE_LOGGING_CATEGORY(lcTemplates)
Q_DECLARE_LOGGING_CATEGORY(lcPlatform)
Q_DECLARE_LOGGING_CATEGORY(lcDevices)
Q_DECLARE_LOGGING_CATEGORY(lcReports)
