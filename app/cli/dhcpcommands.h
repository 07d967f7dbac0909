#pragma once

#include <QStringList>

// `ztpw dhcp export`: takes the arguments after "dhcp" and returns the exit code.
int runDhcp(const QStringList &arguments);
