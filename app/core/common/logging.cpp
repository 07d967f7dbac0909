#include "common/logging.h"

Q_LOGGING_CATEGORY(lcBench, "ztpw.bench")
Q_LOGGING_CATEGORY(lcDhcp, "ztpw.dhcp")
Q_LOGGING_CATEGORY(lcDhcpPacket, "ztpw.dhcp.packet", QtWarningMsg)
Q_LOGGING_CATEGORY(lcTftp, "ztpw.tftp")
Q_LOGGING_CATEGORY(lcTftpPacket, "ztpw.tftp.packet", QtWarningMsg)
Q_LOGGING_CATEGORY(lcStorage, "ztpw.storage")
Q_LOGGING_CATEGORY(lcWorkspace, "ztpw.workspace")
Q_LOGGING_CATEGORY(lcTemplates, "ztpw.templates")
Q_LOGGING_CATEGORY(lcPlatform, "ztpw.platform")
Q_LOGGING_CATEGORY(lcDevices, "ztpw.devices")
Q_LOGGING_CATEGORY(lcReports, "ztpw.reports")
