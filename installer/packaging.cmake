# Installation layout and CPack packages: a .deb on Debian (built and installed by CI), and the
# configuration for a Windows installer (NSIS) and a macOS bundle, which cannot be built on
# Debian and have not been tried.

set(ZTPW_APP_ID "io.github.ztpworkbench.ZtpWorkbench")

if(UNIX AND NOT APPLE)
    install(FILES ${CMAKE_CURRENT_LIST_DIR}/linux/${ZTPW_APP_ID}.desktop
            DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES ${CMAKE_CURRENT_LIST_DIR}/linux/${ZTPW_APP_ID}.metainfo.xml
            DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/ztp-workbench.svg
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
            RENAME ${ZTPW_APP_ID}.svg)
    install(FILES ${CMAKE_CURRENT_LIST_DIR}/linux/ztpw.1
            DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
endif()

set(CPACK_PACKAGE_NAME "ztp-workbench")
set(CPACK_PACKAGE_VENDOR "ZTP Workbench")
set(CPACK_PACKAGE_CONTACT "ZTP Workbench maintainers <maintainers@ztp-workbench.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "ZTP Workbench")
set(CPACK_RESOURCE_FILE_README "${PROJECT_SOURCE_DIR}/README.md")
set(CPACK_STRIP_FILES ON)

# Debian: depends on Debian's Qt 6 runtime packages; postinst grants the network capabilities so
# nobody runs the tool as root.
set(CPACK_DEBIAN_PACKAGE_SECTION "net")
set(CPACK_DEBIAN_PACKAGE_ARCHITECTURE "amd64")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libqt6core6 (>= 6.4), libqt6network6 (>= 6.4), libqt6sql6 (>= 6.4), libqt6sql6-sqlite (>= 6.4), libqt6serialport6 (>= 6.4), libqt6httpserver6 (>= 6.4), libqt6websockets6 (>= 6.4), libqt6widgets6 (>= 6.4), libqt6gui6 (>= 6.4), libqt6svg6 (>= 6.4), libssl3, libcap2-bin")
# The Japanese translation needs a CJK font, which Debian desktops set up for Japanese have.
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "fonts-noto-cjk | fonts-ipafont-gothic, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA
    "${CMAKE_CURRENT_LIST_DIR}/linux/postinst;${CMAKE_CURRENT_LIST_DIR}/linux/prerm")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

# Windows (NSIS): the servers need inbound UDP 67, 69 and 514 and TCP 80/443 on the bench
# interface; the installer adds firewall rules for the two programs and removes them again.
set(CPACK_NSIS_DISPLAY_NAME "ZTP Workbench")
set(CPACK_NSIS_PACKAGE_NAME "ZTP Workbench")
set(CPACK_NSIS_MUI_ICON "${CMAKE_CURRENT_LIST_DIR}/windows/ztp-workbench.ico")
set(CPACK_NSIS_CREATE_ICONS_EXTRA
    "CreateShortCut '$SMPROGRAMS\\\\$STARTMENU_FOLDER\\\\ZTP Workbench.lnk' '$INSTDIR\\\\bin\\\\ztp-workbench.exe'")
set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS
    "ExecWait 'netsh advfirewall firewall add rule name=\\\"ZTP Workbench\\\" dir=in action=allow program=\\\"$INSTDIR\\\\bin\\\\ztp-workbench.exe\\\" enable=yes'
     ExecWait 'netsh advfirewall firewall add rule name=\\\"ZTP Workbench (ztpw)\\\" dir=in action=allow program=\\\"$INSTDIR\\\\bin\\\\ztpw.exe\\\" enable=yes'")
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS
    "ExecWait 'netsh advfirewall firewall delete rule name=\\\"ZTP Workbench\\\"'
     ExecWait 'netsh advfirewall firewall delete rule name=\\\"ZTP Workbench (ztpw)\\\"'")

# macOS: a drag-and-drop disk image of the application bundle.
set(CPACK_DMG_VOLUME_NAME "ZTP Workbench")
set(MACOSX_BUNDLE_GUI_IDENTIFIER "${ZTPW_APP_ID}")
set(MACOSX_BUNDLE_BUNDLE_NAME "ZTP Workbench")
set(MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}")

if(WIN32)
    set(CPACK_GENERATOR "NSIS")
elseif(APPLE)
    set(CPACK_GENERATOR "DragNDrop")
else()
    set(CPACK_GENERATOR "DEB")
endif()

include(CPack)
