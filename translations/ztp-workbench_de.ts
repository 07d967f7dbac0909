<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>main</name>
    <message>
        <source>Zero-touch provisioning bench for network devices.</source>
        <translation>Staging-Platz für Zero-Touch-Provisioning von Netzwerkgeräten.</translation>
    </message>
    <message>
        <source>Workspace folder; by default one in the user&apos;s data folder, created on first start.</source>
        <translation>Arbeitsbereich-Ordner; standardmäßig ein Ordner im Datenverzeichnis des Benutzers, der beim ersten Start angelegt wird.</translation>
    </message>
    <message>
        <source>Preselect the network interface that faces the devices.</source>
        <translation>Die Netzwerkschnittstelle vorauswählen, die zu den Geräten zeigt.</translation>
    </message>
    <message>
        <source>Start the services at once on the interface given with --interface.</source>
        <translation>Die Dienste sofort auf der mit --interface angegebenen Schnittstelle starten.</translation>
    </message>
    <message>
        <source>--start needs --interface: the services start only on an interface you name.
</source>
        <translation>--start erfordert --interface: Die Dienste starten nur auf einer Schnittstelle, die Sie angeben.
</translation>
    </message>
    <message>
        <source>Cannot open the workspace</source>
        <translation>Arbeitsbereich kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>User interface language for this run, for example de or pt_BR; en shows the English texts.</source>
        <translation>Sprache der Oberfläche für diesen Start, zum Beispiel de oder pt_BR; en zeigt die englischen Texte.</translation>
    </message>
    <message>
        <source>Unknown language &apos;%1&apos;. Use one of: %2.
</source>
        <translation>Unbekannte Sprache &apos;%1&apos;. Verwenden Sie eine von: %2.
</translation>
    </message>
</context>
<context>
    <name>ztp</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ztp::bench::BenchService</name>
    <message>
        <source>No workspace is open.</source>
        <translation>Es ist kein Arbeitsbereich geöffnet.</translation>
    </message>
    <message>
        <source>Choose the network interface that faces the devices before starting.</source>
        <translation>Wählen Sie vor dem Start die Netzwerkschnittstelle, die zu den Geräten zeigt.</translation>
    </message>
    <message>
        <source>Network interface &apos;%1&apos; does not exist. Pick one from the list of interfaces (&apos;ip link&apos; shows them).</source>
        <translation>Die Netzwerkschnittstelle &apos;%1&apos; existiert nicht. Wählen Sie eine aus der Liste der Schnittstellen aus (&apos;ip link&apos; zeigt sie an).</translation>
    </message>
    <message>
        <source>%1: line %2, column &apos;ip&apos;: &apos;%3&apos; is not a free IPv4 address in the subnet of %4; correct it or leave it empty for a pool address.</source>
        <translation>%1: Zeile %2, Spalte &apos;ip&apos;: &apos;%3&apos; ist keine freie IPv4-Adresse im Subnetz von %4; korrigieren Sie sie oder lassen Sie das Feld für eine Pool-Adresse leer.</translation>
    </message>
    <message>
        <source>No device with MAC %1 is known; wait until it has sent a DHCP request, then assign the template again.</source>
        <translation>Kein Gerät mit der MAC %1 bekannt; warten Sie, bis es eine DHCP-Anfrage gesendet hat, und weisen Sie die Vorlage dann erneut zu.</translation>
    </message>
    <message>
        <source>Template %1 is not in %2; save it there first.</source>
        <translation>Die Vorlage %1 liegt nicht in %2; speichern Sie sie zuerst dort.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Another DHCP server, %1, answers on %2 and offered %3; its MAC address is %4. Devices may take their address from it: disconnect it or move the bench to its own segment.</source>
        <translation>Ein anderer DHCP-Server, %1, antwortet auf %2 und hat %3 angeboten; seine MAC-Adresse ist %4. Geräte könnten ihre Adresse von ihm beziehen: Trennen Sie ihn oder verlegen Sie den Staging-Platz in ein eigenes Segment.</translation>
    </message>
</context>
<context>
    <name>ztp::bench::NetworkPlan</name>
    <message>
        <source>Interface %1 is the loopback interface; choose the interface that is cabled to the devices.</source>
        <translation>Schnittstelle %1 ist die Loopback-Schnittstelle; wählen Sie die Schnittstelle, die mit den Geräten verkabelt ist.</translation>
    </message>
    <message>
        <source>Interface %1 has no IPv4 address. Give it a static address (for example 10.0.0.1/24) and start again.</source>
        <translation>Schnittstelle %1 hat keine IPv4-Adresse. Weisen Sie ihr eine statische Adresse zu (zum Beispiel 10.0.0.1/24) und starten Sie erneut.</translation>
    </message>
    <message>
        <source>Interface %1 has prefix /%2; use a prefix from /8 to /30 so the subnet has room for devices.</source>
        <translation>Schnittstelle %1 hat das Präfix /%2; verwenden Sie ein Präfix von /8 bis /30, damit das Subnetz Platz für Geräte hat.</translation>
    </message>
    <message>
        <source>The pool %1 - %2 includes the network or broadcast address of %3/%4; start dhcp.poolFirst above the first and end dhcp.poolLast below the last address of the subnet.</source>
        <translation>Der Pool %1 - %2 enthält die Netz- oder Broadcast-Adresse von %3/%4; setzen Sie dhcp.poolFirst über die erste und dhcp.poolLast unter die letzte Adresse des Subnetzes.</translation>
    </message>
    <message>
        <source>The pool %1 - %2 is not inside the subnet of %3 (%4/%5); change dhcp.poolFirst and dhcp.poolLast in workbench.json.</source>
        <translation>Der Pool %1 - %2 liegt nicht im Subnetz von %3 (%4/%5); ändern Sie dhcp.poolFirst und dhcp.poolLast in workbench.json.</translation>
    </message>
    <message>
        <source>dhcp.subnetMask %1 is not a valid subnet mask; write it as 255.255.255.0 or leave it empty to use the interface&apos;s prefix.</source>
        <translation>dhcp.subnetMask %1 ist keine gültige Subnetzmaske; schreiben Sie sie als 255.255.255.0 oder lassen Sie das Feld leer, um das Präfix der Schnittstelle zu verwenden.</translation>
    </message>
    <message>
        <source>dhcp.router %1 is outside the subnet %2/%3, so devices could not reach it; use an address of that subnet or leave it empty.</source>
        <translation>dhcp.router %1 liegt außerhalb des Subnetzes %2/%3, daher könnten die Geräte ihn nicht erreichen; verwenden Sie eine Adresse aus diesem Subnetz oder lassen Sie das Feld leer.</translation>
    </message>
</context>
<context>
    <name>ztp::devices::AssignmentRules</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: invalid JSON at offset %2: %3</source>
        <translation>%1: ungültiges JSON bei Offset %2: %3</translation>
    </message>
    <message>
        <source>%1: expected an object with a &quot;rules&quot; array</source>
        <translation>%1: Objekt mit einem &quot;rules&quot;-Array erwartet</translation>
    </message>
    <message>
        <source>%1: expected an object</source>
        <translation>%1: Objekt erwartet</translation>
    </message>
    <message>
        <source>%1, key &apos;match&apos;: &apos;%2&apos; is not one of serial, mac, model, vendor, profile</source>
        <translation>%1, Schlüssel &apos;match&apos;: &apos;%2&apos; ist keiner der Werte serial, mac, model, vendor, profile</translation>
    </message>
    <message>
        <source>%1, key &apos;pattern&apos;: missing; use a value or a wildcard such as FOC27*</source>
        <translation>%1, Schlüssel &apos;pattern&apos;: fehlt; verwenden Sie einen Wert oder eine Wildcard wie FOC27*</translation>
    </message>
    <message>
        <source>%1: the rule assigns nothing; set template, image or profile</source>
        <translation>%1: Die Regel weist nichts zu; setzen Sie template, image oder profile</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ztp::devices::BenchPositions</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: invalid JSON at offset %2: %3</source>
        <translation>%1: ungültiges JSON bei Offset %2: %3</translation>
    </message>
    <message>
        <source>%1: expected an object with a &quot;positions&quot; object that maps circuit ids to position names</source>
        <translation>%1: Objekt mit einem &quot;positions&quot;-Objekt erwartet, das Circuit-IDs auf Positionsnamen abbildet</translation>
    </message>
    <message>
        <source>%1, key &apos;positions.%2&apos;: expected the position&apos;s name as a string</source>
        <translation>%1, Schlüssel &apos;positions.%2&apos;: Name der Position als Zeichenkette erwartet</translation>
    </message>
    <message>
        <source>Circuit id &apos;%1&apos; has no position name; enter both or remove the row.</source>
        <translation>Die Circuit-ID &apos;%1&apos; hat keinen Positionsnamen; geben Sie beides ein oder entfernen Sie die Zeile.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ztp::dhcp::DhcpServer</name>
    <message>
        <source>No network interface is chosen. Choose the interface that faces the devices, then start the DHCP server.</source>
        <translation>Es ist keine Netzwerkschnittstelle ausgewählt. Wählen Sie die Schnittstelle, die zu den Geräten zeigt, und starten Sie dann den DHCP-Server.</translation>
    </message>
    <message>
        <source>Ping before offer is on (dhcp.pingBeforeOfferMs), but pinging on %1 failed: %2. Grant the privilege or set dhcp.pingBeforeOfferMs to 0.</source>
        <translation>Ping vor dem Angebot ist aktiviert (dhcp.pingBeforeOfferMs), aber das Pingen auf %1 ist fehlgeschlagen: %2. Erteilen Sie die Berechtigung oder setzen Sie dhcp.pingBeforeOfferMs auf 0.</translation>
    </message>
</context>
<context>
    <name>ztp::http::HttpServer</name>
    <message>
        <source>HTTPS on port %1 needs TLS, but Qt found no TLS backend; install libssl3 or set the HTTPS port to 0.</source>
        <translation>HTTPS auf Port %1 erfordert TLS, aber Qt hat kein TLS-Backend gefunden; installieren Sie libssl3 oder setzen Sie den HTTPS-Port auf 0.</translation>
    </message>
    <message>
        <source>Cannot listen on TCP %1:%2 for %3: %4. Stop the other server on that port, choose another port in workbench.json, or run with the privilege to bind ports below 1024.</source>
        <translation>Auf TCP %1:%2 kann für %3 nicht gelauscht werden: %4. Beenden Sie den anderen Server auf diesem Port, wählen Sie in workbench.json einen anderen Port oder starten Sie das Programm mit der Berechtigung, Ports unter 1024 zu binden.</translation>
    </message>
    <message>
        <source>The server has no handler yet.</source>
        <translation>Der Server hat noch keinen Handler.</translation>
    </message>
</context>
<context>
    <name>ztp::http::ProvisioningServices</name>
    <message>
        <source>Cannot prepare the HTTPS certificate: %1</source>
        <translation>Das HTTPS-Zertifikat kann nicht vorbereitet werden: %1</translation>
    </message>
</context>
<context>
    <name>ztp::models::DeviceTableModel</name>
    <message>
        <source>Discovered</source>
        <comment>device state</comment>
        <translation>Erkannt</translation>
    </message>
    <message>
        <source>Leased</source>
        <comment>device state: holds a DHCP lease</comment>
        <translation>Lease erhalten</translation>
    </message>
    <message>
        <source>Configuration sent</source>
        <comment>device state</comment>
        <translation>Konfiguration gesendet</translation>
    </message>
    <message>
        <source>Image sent</source>
        <comment>device state</comment>
        <translation>Image gesendet</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>device state: the device reported success</comment>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>device state</comment>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Stalled</source>
        <comment>device state: no progress for a while</comment>
        <translation>Stockt</translation>
    </message>
    <message>
        <source>%1, %2/s</source>
        <translation>%1, %2/s</translation>
    </message>
    <message>
        <source>%1 %, %2/s</source>
        <translation>%1 %, %2/s</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>MAC-Adresse</translation>
    </message>
    <message>
        <source>Vendor class</source>
        <comment>DHCP option 60</comment>
        <translation>Herstellerklasse</translation>
    </message>
    <message>
        <source>Hostname</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP-Adresse</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Bench position</source>
        <comment>from the DHCP option 82 circuit id</comment>
        <translation>Platzposition</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Übertragung</translation>
    </message>
</context>
<context>
    <name>ztp::models::EventLogModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Event</source>
        <extracomment>Column header: the kind of event (lease, TFTP transfer, syslog message...).</extracomment>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>ztp::platform</name>
    <message>
        <source>Binding to interface %1 is not implemented on this operating system yet.</source>
        <translation>Das Binden an die Schnittstelle %1 ist auf diesem Betriebssystem noch nicht implementiert.</translation>
    </message>
    <message>
        <source>Run the program as administrator.</source>
        <translation>Führen Sie das Programm als Administrator aus.</translation>
    </message>
    <message>
        <source>Cannot create a UDP socket: %1</source>
        <translation>UDP-Socket kann nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>Cannot bind a socket to interface %1: %2. %3</source>
        <translation>Socket kann nicht an die Schnittstelle %1 gebunden werden: %2. %3</translation>
    </message>
    <message>
        <source>Another program uses this port; stop it (for example another DHCP or TFTP server) and start again.</source>
        <translation>Ein anderes Programm verwendet diesen Port; beenden Sie es (zum Beispiel einen anderen DHCP- oder TFTP-Server) und starten Sie erneut.</translation>
    </message>
    <message>
        <source>Cannot bind UDP port %1 on %2 (%3): %4. %5</source>
        <translation>UDP-Port %1 auf %2 (%3) kann nicht gebunden werden: %4. %5</translation>
    </message>
    <message>
        <source>Run as root, or grant the capabilities once with &apos;sudo setcap cap_net_bind_service,cap_net_raw,cap_net_admin+ep&apos; on the program.</source>
        <translation>Führen Sie das Programm als root aus oder erteilen Sie ihm einmalig die Capabilities mit &apos;sudo setcap cap_net_bind_service,cap_net_raw,cap_net_admin+ep&apos;.</translation>
    </message>
    <message>
        <source>Cannot create an ICMP socket: %1. %2</source>
        <translation>ICMP-Socket kann nicht erstellt werden: %1. %2</translation>
    </message>
    <message>
        <source>Interface %1 not found.</source>
        <translation>Schnittstelle %1 nicht gefunden.</translation>
    </message>
    <message>
        <source>Cannot open a packet socket on %1: %2. %3</source>
        <translation>Paket-Socket auf %1 kann nicht geöffnet werden: %2. %3</translation>
    </message>
</context>
<context>
    <name>ztp::reports</name>
    <message>
        <source>Cannot create the folder of %1.</source>
        <translation>Der Ordner von %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Line %1 of %2 is not &quot;SHA-256  path&quot;.</source>
        <translation>Zeile %1 in %2 hat nicht das Format &quot;SHA-256  path&quot;.</translation>
    </message>
    <message>
        <source>Line %1 of %2 names %3, a path outside the pack.</source>
        <translation>Zeile %1 in %2 nennt %3, einen Pfad außerhalb des Pakets.</translation>
    </message>
    <message>
        <source>The folder %1 is not empty; choose a new folder for the evidence pack.</source>
        <translation>Der Ordner %1 ist nicht leer; wählen Sie einen neuen Ordner für das Nachweispaket.</translation>
    </message>
    <message>
        <source>%1 has no %2; it is not an evidence pack.</source>
        <translation>In %1 fehlt %2; es ist kein Nachweispaket.</translation>
    </message>
    <message>
        <source>The history is not open; open a workspace first.</source>
        <translation>Der Verlauf ist nicht geöffnet; öffnen Sie zuerst einen Arbeitsbereich.</translation>
    </message>
    <message>
        <source>The date range %1 to %2 is empty; the end must come after the start.</source>
        <translation>Der Zeitraum %1 bis %2 ist leer; das Ende muss nach dem Beginn liegen.</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Der Export wurde abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Cannot write the key file %1: %2</source>
        <translation>Die Schlüsseldatei %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot read the signing key %1: %2</source>
        <translation>Der Signaturschlüssel %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The signing key %1 is not an Ed25519 private key in PEM. Move it away to have a new key generated; packs signed with it then no longer verify against the workspace.</source>
        <translation>Der Signaturschlüssel %1 ist kein privater Ed25519-Schlüssel im PEM-Format. Verschieben Sie ihn, damit ein neuer Schlüssel erzeugt wird; damit signierte Pakete lassen sich danach nicht mehr gegen den Arbeitsbereich verifizieren.</translation>
    </message>
    <message>
        <source>Cannot generate a signing key: %1</source>
        <translation>Es kann kein Signaturschlüssel erzeugt werden: %1</translation>
    </message>
    <message>
        <source>Cannot encode the signing key: %1</source>
        <translation>Der Signaturschlüssel kann nicht kodiert werden: %1</translation>
    </message>
    <message>
        <source>Cannot read the public key %1: %2</source>
        <translation>Der öffentliche Schlüssel %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not an Ed25519 public key in PEM.</source>
        <translation>%1 ist kein öffentlicher Ed25519-Schlüssel im PEM-Format.</translation>
    </message>
    <message>
        <source>This key has no private part and cannot sign.</source>
        <translation>Dieser Schlüssel hat keinen privaten Teil und kann nicht signieren.</translation>
    </message>
    <message>
        <source>Cannot sign: %1</source>
        <translation>Signieren nicht möglich: %1</translation>
    </message>
</context>
<context>
    <name>ztp::serial::ConsoleBench</name>
    <message>
        <source>No workspace is open, so the console session cannot be stored.</source>
        <translation>Es ist kein Arbeitsbereich geöffnet, daher kann die Konsolensitzung nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>No device given. Name it by serial number or MAC address.</source>
        <translation>Kein Gerät angegeben. Geben Sie es über die Seriennummer oder MAC-Adresse an.</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Es ist kein Arbeitsbereich geöffnet.</translation>
    </message>
    <message>
        <source>No device with serial number or MAC &apos;%1&apos; in the workspace&apos;s devices or inventory.csv. Add a row for it to inventory.csv, or use a key that &apos;ztpw export&apos; lists.</source>
        <translation>Kein Gerät mit der Seriennummer oder MAC &apos;%1&apos; in den Geräten des Arbeitsbereichs oder in inventory.csv. Fügen Sie in inventory.csv eine Zeile dafür hinzu oder verwenden Sie einen Schlüssel, den &apos;ztpw export&apos; auflistet.</translation>
    </message>
</context>
<context>
    <name>ztp::serial::ConsolePort</name>
    <message>
        <source>Serial port %1 does not exist. Plug the console cable in, or pick a port from &apos;ztpw console ports&apos;.</source>
        <translation>Der serielle Port %1 existiert nicht. Stecken Sie das Konsolenkabel ein oder wählen Sie einen Port aus &apos;ztpw console ports&apos;.</translation>
    </message>
    <message>
        <source>Cannot open serial port %1: %2. Check that no other program uses it and that you are in the &apos;dialout&apos; group.</source>
        <translation>Der serielle Port %1 kann nicht geöffnet werden: %2. Prüfen Sie, ob kein anderes Programm ihn verwendet und ob Sie Mitglied der Gruppe &apos;dialout&apos; sind.</translation>
    </message>
    <message>
        <source>Serial port %1 does not accept %2: %3. Choose other line settings in the console profile.</source>
        <translation>Der serielle Port %1 akzeptiert %2 nicht: %3. Wählen Sie im Konsolenprofil andere Leitungseinstellungen.</translation>
    </message>
    <message>
        <source>Serial port %1 does not accept %2 baud: %3.</source>
        <translation>Der serielle Port %1 akzeptiert %2 Baud nicht: %3.</translation>
    </message>
    <message>
        <source>Open a serial port before sending BREAK.</source>
        <translation>Öffnen Sie einen seriellen Port, bevor Sie BREAK senden.</translation>
    </message>
    <message>
        <source>BREAK duration %1 ms is out of range; use 1 to 10000 ms.</source>
        <translation>Die BREAK-Dauer %1 ms liegt außerhalb des gültigen Bereichs; verwenden Sie 1 bis 10000 ms.</translation>
    </message>
    <message>
        <source>Serial port %1 cannot send BREAK: %2.</source>
        <translation>Der serielle Port %1 kann kein BREAK senden: %2.</translation>
    </message>
    <message>
        <source>Cannot set DTR on serial port %1: %2. Pseudo-terminals and some adapters have no modem control lines.</source>
        <translation>DTR kann am seriellen Port %1 nicht gesetzt werden: %2. Pseudo-Terminals und manche Adapter haben keine Modemsteuerleitungen.</translation>
    </message>
    <message>
        <source>port is closed</source>
        <translation>Port ist geschlossen</translation>
    </message>
    <message>
        <source>RTS is driven by RTS/CTS flow control on %1; switch flow control off to set it by hand.</source>
        <translation>RTS wird auf %1 von der RTS/CTS-Flusssteuerung gesteuert; schalten Sie die Flusssteuerung aus, um es manuell zu setzen.</translation>
    </message>
    <message>
        <source>Cannot set RTS on serial port %1: %2. Pseudo-terminals and some adapters have no modem control lines.</source>
        <translation>RTS kann am seriellen Port %1 nicht gesetzt werden: %2. Pseudo-Terminals und manche Adapter haben keine Modemsteuerleitungen.</translation>
    </message>
</context>
<context>
    <name>ztp::serial::ConsoleProfile</name>
    <message>
        <source>Console profile &apos;%1&apos; is not a JSON object (%2 at offset %3). Fix the profile file and retry.</source>
        <translation>Das Konsolenprofil &apos;%1&apos; ist kein JSON-Objekt (%2 bei Offset %3). Korrigieren Sie die Profildatei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>&apos;lineEnding&apos; is &apos;%1&apos;; use cr or crlf</source>
        <translation>&apos;lineEnding&apos; ist &apos;%1&apos;; verwenden Sie cr oder crlf</translation>
    </message>
    <message>
        <source>&apos;prompts&apos; needs at least a &quot;privileged&quot; pattern</source>
        <translation>&apos;prompts&apos; benötigt mindestens ein &quot;privileged&quot;-Muster</translation>
    </message>
    <message>
        <source>&apos;errorPatterns&apos; needs at least one pattern, or a rejected line goes unseen</source>
        <translation>&apos;errorPatterns&apos; benötigt mindestens ein Muster, sonst bleibt eine abgelehnte Zeile unbemerkt</translation>
    </message>
    <message>
        <source>Cannot read console profile %1: %2.</source>
        <translation>Das Konsolenprofil %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>Unknown console profile &apos;%1&apos;. Built-in profiles: %2; or give the path of a .json profile file.</source>
        <translation>Unbekanntes Konsolenprofil &apos;%1&apos;. Integrierte Profile: %2; oder geben Sie den Pfad einer .json-Profildatei an.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a string</source>
        <translation>&apos;%1&apos; muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a whole number from %2 to %3</source>
        <translation>&apos;%1&apos; muss eine ganze Zahl von %2 bis %3 sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid regular expression: %2</source>
        <translation>&apos;%1&apos; ist kein gültiger regulärer Ausdruck: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a list of {&quot;pattern&quot;, &quot;response&quot;} objects</source>
        <translation>&apos;%1&apos; muss eine Liste von {&quot;pattern&quot;, &quot;response&quot;}-Objekten sein</translation>
    </message>
    <message>
        <source>every entry of &apos;%1&apos; needs a &quot;pattern&quot; and a &quot;response&quot; string</source>
        <translation>jeder Eintrag von &apos;%1&apos; benötigt eine &quot;pattern&quot;- und eine &quot;response&quot;-Zeichenkette</translation>
    </message>
    <message>
        <source>Console profile &apos;%1&apos; is invalid: %2. Fix the profile file and retry.</source>
        <translation>Das Konsolenprofil &apos;%1&apos; ist ungültig: %2. Korrigieren Sie die Profildatei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>&apos;parity&apos; is &apos;%1&apos;; use none, even or odd</source>
        <translation>&apos;parity&apos; ist &apos;%1&apos;; verwenden Sie none, even oder odd</translation>
    </message>
    <message>
        <source>&apos;flowControl&apos; is &apos;%1&apos;; use none, rts/cts or xon/xoff</source>
        <translation>&apos;flowControl&apos; ist &apos;%1&apos;; verwenden Sie none, rts/cts oder xon/xoff</translation>
    </message>
    <message>
        <source>each of &apos;textBlocks&apos; needs a &quot;start&quot; pattern, and either a capture group named &quot;delimiter&quot; in it or an &quot;end&quot; pattern</source>
        <translation>jeder Eintrag von &apos;textBlocks&apos; braucht ein Muster &quot;start&quot; und darin entweder eine Gruppe namens &quot;delimiter&quot; oder ein Muster &quot;end&quot;</translation>
    </message>
</context>
<context>
    <name>ztp::serial::ConsolePushSession</name>
    <message>
        <source>The push was aborted after %1 of %2 lines.</source>
        <translation>Das Einspielen wurde nach %1 von %2 Zeilen abgebrochen.</translation>
    </message>
    <message>
        <source>The device rejected the login of user &apos;%1&apos; (it asks &apos;%2&apos; again). Check the user name and the password.</source>
        <translation>Das Gerät hat die Anmeldung des Benutzers &apos;%1&apos; abgelehnt (es fragt erneut nach &apos;%2&apos;). Prüfen Sie Benutzername und Passwort.</translation>
    </message>
    <message>
        <source>The device asks &apos;%1&apos; but no %2 was given. Pass --username, and the password in the ZTPW_CONSOLE_PASSWORD environment variable.</source>
        <extracomment>%1 is the device&apos;s login prompt; %2 is &quot;password&quot; or &quot;user name&quot;.</extracomment>
        <translation>Das Gerät fragt nach &apos;%1&apos;, aber es wurde kein %2 angegeben. Übergeben Sie --username und das Passwort in der Umgebungsvariable ZTPW_CONSOLE_PASSWORD.</translation>
    </message>
    <message>
        <source>password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>&apos;%1&apos; did not reach configuration mode; the device answered: %2</source>
        <translation>&apos;%1&apos; hat den Konfigurationsmodus nicht erreicht; das Gerät antwortete: %2</translation>
    </message>
    <message>
        <source>The device rejected &apos;%1&apos;: %2</source>
        <translation>Das Gerät hat &apos;%1&apos; abgelehnt: %2</translation>
    </message>
    <message>
        <source>The console did not reach privileged mode (the last prompt was &apos;%1&apos;). Log in by hand once, or check the prompts of console profile &apos;%2&apos;.</source>
        <translation>Die Konsole hat den privilegierten Modus nicht erreicht (der letzte Prompt war &apos;%1&apos;). Melden Sie sich einmal manuell an oder prüfen Sie die Prompts des Konsolenprofils &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; printed no serial number, so the device cannot be checked against the expected serial number %2. Push without identification (--no-identify) if the cable is on the right device.</source>
        <translation>&apos;%1&apos; hat keine Seriennummer ausgegeben, daher kann das Gerät nicht mit der erwarteten Seriennummer %2 abgeglichen werden. Spielen Sie ohne Identifizierung ein (--no-identify), wenn das Kabel am richtigen Gerät steckt.</translation>
    </message>
    <message>
        <source>The console cable is on the device with serial number %1, not on %2. Move the cable to the right device, or choose the device that has serial number %1.</source>
        <translation>Das Konsolenkabel steckt am Gerät mit der Seriennummer %1, nicht an %2. Stecken Sie das Kabel an das richtige Gerät um oder wählen Sie das Gerät mit der Seriennummer %1.</translation>
    </message>
    <message>
        <source>Line %1 arrived damaged: the device echoed &apos;%2&apos; for &apos;%3&apos;, so characters were lost on the way. Set a character delay or lower the baud rate, and push again.</source>
        <translation>Zeile %1 kam beschädigt an: Das Gerät hat für &apos;%3&apos; das Echo &apos;%2&apos; geliefert, unterwegs sind also Zeichen verloren gegangen. Stellen Sie eine Zeichenverzögerung ein oder senken Sie die Baudrate und spielen Sie erneut ein.</translation>
    </message>
    <message>
        <source>The device rejected line %1 &apos;%2&apos;: %3</source>
        <translation>Das Gerät hat Zeile %1 &apos;%2&apos; abgelehnt: %3</translation>
    </message>
    <message>
        <source>No prompt from the device on %1 after %2 tries (last output: &apos;%3&apos;). Check the cable and the baud rate (%4 in console profile &apos;%5&apos;), or detect the baud rate.</source>
        <translation>Kein Prompt vom Gerät an %1 nach %2 Versuchen (letzte Ausgabe: &apos;%3&apos;). Prüfen Sie das Kabel und die Baudrate (%4 im Konsolenprofil &apos;%5&apos;) oder lassen Sie die Baudrate erkennen.</translation>
    </message>
    <message>
        <source>The device rejected part of the pasted configuration: %1</source>
        <translation>Das Gerät hat einen Teil der eingefügten Konfiguration abgelehnt: %1</translation>
    </message>
    <message>
        <source>Line %1 &apos;%2&apos; got no prompt back within %3 ms (last output: &apos;%4&apos;). Raise the line timeout if the command is slow.</source>
        <translation>Zeile %1 &apos;%2&apos; erhielt innerhalb von %3 ms keinen Prompt zurück (letzte Ausgabe: &apos;%4&apos;). Erhöhen Sie das Zeilen-Timeout, wenn der Befehl langsam ist.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; got no prompt back within %2 ms (last output: &apos;%3&apos;).</source>
        <translation>&apos;%1&apos; erhielt innerhalb von %2 ms keinen Prompt zurück (letzte Ausgabe: &apos;%3&apos;).</translation>
    </message>
    <message>
        <source>The console port %1 disconnected during the push (%2) after %3 of %4 lines. Check the cable and push again.</source>
        <translation>Die Verbindung zum Konsolenport %1 wurde während des Einspielens getrennt (%2), nach %3 von %4 Zeilen. Prüfen Sie das Kabel und spielen Sie erneut ein.</translation>
    </message>
    <message>
        <source>a line that matches %1</source>
        <translation>eine Zeile, die auf %1 passt</translation>
    </message>
    <message>
        <source>a line that contains &apos;%1&apos;</source>
        <translation>eine Zeile, die &apos;%1&apos; enthält</translation>
    </message>
    <message>
        <source>Line %1 &apos;%2&apos; starts text that no later line ends (the device takes every line after it as text until %3). Add the closing line to the configuration and push again.</source>
        <translation>Zeile %1 &apos;%2&apos; beginnt einen Text, den keine spätere Zeile beendet (das Gerät nimmt jede folgende Zeile als Text bis %3). Fügen Sie die abschließende Zeile in die Konfiguration ein und übertragen Sie erneut.</translation>
    </message>
    <message>
        <source>Line %1 &apos;%2&apos; should make the device wait for lines of text, but it showed its prompt again, so it would run that text as commands. Put the text on one line, or fix the text blocks of console profile &apos;%3&apos;.</source>
        <translation>Nach Zeile %1 &apos;%2&apos; sollte das Gerät Textzeilen erwarten, es zeigte aber wieder seinen Prompt und würde den Text daher als Befehle ausführen. Schreiben Sie den Text in eine Zeile, oder korrigieren Sie die Textblöcke des Konsolenprofils &apos;%3&apos;.</translation>
    </message>
    <message>
        <source>Line %1 &apos;%2&apos; got no echo or request for text back within %3 ms (last output: &apos;%4&apos;). Check the text blocks of console profile &apos;%5&apos;.</source>
        <translation>Zeile %1 &apos;%2&apos; erhielt innerhalb von %3 ms weder Echo noch Textaufforderung (letzte Ausgabe: &apos;%4&apos;). Prüfen Sie die Textblöcke des Konsolenprofils &apos;%5&apos;.</translation>
    </message>
    <message>
        <source>After the console port came back, the console reports serial number %1, not %2 as before, so the cable is now on another device. %3 of %4 lines reached %2: move the cable back and push again.</source>
        <translation>Nachdem der Konsolenport zurückkam, meldet die Konsole die Seriennummer %1 statt wie zuvor %2, das Kabel steckt also an einem anderen Gerät. %3 von %4 Zeilen haben %2 erreicht: Stecken Sie das Kabel zurück und spielen Sie erneut ein.</translation>
    </message>
    <message>
        <source>The console port %1 disconnected during the push (%2) after %3 of %4 lines and did not come back within %5 s. Check the cable and push again.</source>
        <translation>Die Verbindung zum Konsolenport %1 wurde während des Einspielens getrennt (%2), nach %3 von %4 Zeilen, und kam nicht innerhalb von %5 s zurück. Prüfen Sie das Kabel und spielen Sie erneut ein.</translation>
    </message>
</context>
<context>
    <name>ztp::serial::XmodemSender</name>
    <message>
        <source>XMODEM transfer aborted after %1 of %2 bytes.</source>
        <translation>XMODEM-Übertragung nach %1 von %2 Bytes abgebrochen.</translation>
    </message>
    <message>
        <source>The receiver cancelled the XMODEM transfer after %1 of %2 bytes.</source>
        <translation>Der Empfänger hat die XMODEM-Übertragung nach %1 von %2 Bytes abgebrochen.</translation>
    </message>
    <message>
        <source>NAK for block %1</source>
        <translation>NAK für Block %1</translation>
    </message>
    <message>
        <source>NAK for EOT</source>
        <translation>NAK für EOT</translation>
    </message>
    <message>
        <source>XMODEM transfer failed after %1 tries (%2) at byte %3 of %4. Check the baud rate and the cable.</source>
        <translation>XMODEM-Übertragung nach %1 Versuchen (%2) bei Byte %3 von %4 fehlgeschlagen. Prüfen Sie die Baudrate und das Kabel.</translation>
    </message>
    <message>
        <source>No XMODEM receiver answered within %1 s. Start the receive command on the device (for example &apos;xmodem -c&apos; in ROMMON) before sending.</source>
        <translation>Innerhalb von %1 s hat kein XMODEM-Empfänger geantwortet. Starten Sie vor dem Senden den Empfangsbefehl auf dem Gerät (zum Beispiel &apos;xmodem -c&apos; in ROMMON).</translation>
    </message>
    <message>
        <source>timeout</source>
        <extracomment>Reason of an XMODEM block retry: the receiver sent no reply in time.</extracomment>
        <translation>Zeitüberschreitung</translation>
    </message>
</context>
<context>
    <name>ztp::storage</name>
    <message>
        <source>Cannot open the history %1: %2</source>
        <translation>Der Verlauf %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot read the schema version of %1.</source>
        <translation>Die Schemaversion von %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The history %1 was written by a newer ZTP Workbench (schema %2, this version reads up to %3); update the application.</source>
        <translation>Der Verlauf %1 wurde von einer neueren ZTP Workbench geschrieben (Schema %2, diese Version liest bis %3); aktualisieren Sie die Anwendung.</translation>
    </message>
    <message>
        <source>Cannot migrate the history %1 to schema version %2; the file is unchanged. Check that it is writable and not in use.</source>
        <translation>Der Verlauf %1 kann nicht auf Schemaversion %2 migriert werden; die Datei bleibt unverändert. Prüfen Sie, ob sie beschreibbar ist und nicht verwendet wird.</translation>
    </message>
    <message>
        <source>The backup file %1 already exists; choose a new name.</source>
        <translation>Die Sicherungsdatei %1 existiert bereits; wählen Sie einen neuen Namen.</translation>
    </message>
    <message>
        <source>Cannot back up the history to %1: %2</source>
        <translation>Der Verlauf kann nicht nach %1 gesichert werden: %2</translation>
    </message>
    <message>
        <source>The purge date is invalid; give a valid UTC date.</source>
        <translation>Das Bereinigungsdatum ist ungültig; geben Sie ein gültiges UTC-Datum an.</translation>
    </message>
    <message>
        <source>Cannot purge the history %1: it is locked by another program; try again.</source>
        <translation>Der Verlauf %1 kann nicht bereinigt werden: Er ist von einem anderen Programm gesperrt; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Cannot purge the history %1.</source>
        <translation>Der Verlauf %1 kann nicht bereinigt werden.</translation>
    </message>
    <message>
        <source>The history %1 is damaged: %2</source>
        <translation>Der Verlauf %1 ist beschädigt: %2</translation>
    </message>
    <message>
        <source>The history %1 is locked by another program. Events are kept in memory and written as soon as it is released; close the program that holds it (a database browser, a backup tool).</source>
        <translation>Der Verlauf %1 ist von einem anderen Programm gesperrt. Ereignisse werden im Speicher gehalten und geschrieben, sobald er freigegeben ist; schließen Sie das Programm, das ihn belegt (einen Datenbank-Browser, ein Backup-Werkzeug).</translation>
    </message>
    <message>
        <source>Cannot write to the history %1: %2. Events are kept in memory and retried.</source>
        <translation>In den Verlauf %1 kann nicht geschrieben werden: %2. Ereignisse werden im Speicher gehalten und erneut geschrieben.</translation>
    </message>
    <message>
        <source>This workspace is in use by another ZTP Workbench (%1, process %2 on %3). Stop that one first, or open another workspace. The lock file is %4.</source>
        <translation>Dieser Arbeitsbereich wird von einer anderen ZTP Workbench verwendet (%1, Prozess %2 auf %3). Beenden Sie diese zuerst oder öffnen Sie einen anderen Arbeitsbereich. Die Sperrdatei ist %4.</translation>
    </message>
    <message>
        <source>Cannot create the lock file %1; check that the workspace folder is writable.</source>
        <translation>Die Sperrdatei %1 kann nicht erstellt werden; prüfen Sie, ob der Arbeitsbereich-Ordner beschreibbar ist.</translation>
    </message>
    <message>
        <source>Cannot use the history %1: %2. If the file is damaged, move it aside (a new history is created) or put back a copy made with &apos;ztpw history backup&apos;.</source>
        <translation>Der Verlauf %1 kann nicht verwendet werden: %2. Ist die Datei beschädigt, verschieben Sie sie (ein neuer Verlauf wird angelegt) oder stellen Sie eine mit &apos;ztpw history backup&apos; erstellte Kopie wieder her.</translation>
    </message>
    <message>
        <source>The history %1 is not open.</source>
        <translation>Der Verlauf %1 ist nicht geöffnet.</translation>
    </message>
</context>
<context>
    <name>ztp::syslog::SyslogServer</name>
    <message>
        <source>Cannot bind UDP port %1 on %2 for syslog: %3. Stop the other syslog server or set syslog.port in workbench.json.</source>
        <translation>UDP-Port %1 auf %2 kann nicht für Syslog gebunden werden: %3. Beenden Sie den anderen Syslog-Server oder setzen Sie syslog.port in workbench.json.</translation>
    </message>
    <message>
        <source>Cannot bind UDP port %1 on %2 for syslog: %3</source>
        <translation>UDP-Port %1 auf %2 kann nicht für Syslog gebunden werden: %3</translation>
    </message>
    <message>
        <source>Cannot use the syslog socket on %1: %2</source>
        <translation>Der Syslog-Socket auf %1 kann nicht verwendet werden: %2</translation>
    </message>
</context>
<context>
    <name>ztp::templates::RevisionStore</name>
    <message>
        <source>Cannot open %1 for template revisions: %2</source>
        <translation>%1 kann nicht für Vorlagenrevisionen geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Creating the template revision tables</source>
        <translation>Erstellen der Tabellen für Vorlagenrevisionen</translation>
    </message>
    <message>
        <source>Saving a revision of %1</source>
        <translation>Speichern einer Revision von %1</translation>
    </message>
    <message>
        <source>Reading the revisions of %1</source>
        <translation>Lesen der Revisionen von %1</translation>
    </message>
    <message>
        <source>Reading revision %1 of %2</source>
        <translation>Lesen von Revision %1 von %2</translation>
    </message>
    <message>
        <source>Saving the configuration rendered for %1</source>
        <translation>Speichern der für %1 gerenderten Konfiguration</translation>
    </message>
    <message>
        <source>Pruning the configurations rendered for %1</source>
        <translation>Bereinigen der für %1 gerenderten Konfigurationen</translation>
    </message>
    <message>
        <source>Reading the configuration sent to %1</source>
        <translation>Lesen der an %1 gesendeten Konfiguration</translation>
    </message>
    <message>
        <source>%1 failed in the history database: %2; check that history.sqlite is writable and not damaged</source>
        <translation>%1 in der Verlaufsdatenbank fehlgeschlagen: %2; prüfen Sie, ob history.sqlite beschreibbar und nicht beschädigt ist</translation>
    </message>
</context>
<context>
    <name>ztp::ui::AssignmentRulesDialog</name>
    <message>
        <source>Serial number</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>MAC-Adresse</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <source>Profile</source>
        <extracomment>the vendor profile that matched the device&apos;s DHCP request</extracomment>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Assignment rules</source>
        <translation>Zuweisungsregeln</translation>
    </message>
    <message>
        <source>Devices that match a rule get its template, image and profile, unless one was assigned to them already. Patterns accept * and ?, for example FOC27* or 00:1c:73:*. Rules are tried from the top; for each target the first matching rule that sets it wins.</source>
        <translation>Geräte, auf die eine Regel zutrifft, erhalten deren Vorlage, Image und Profil, sofern ihnen nicht bereits eines zugewiesen wurde. Muster akzeptieren * und ?, zum Beispiel FOC27* oder 00:1c:73:*. Regeln werden von oben nach unten geprüft; für jedes Ziel gilt die erste zutreffende Regel, die es setzt.</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Muster</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>Regel hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Rule %1 has no pattern. Enter a value or a wildcard such as FOC27*.</source>
        <translation>Regel %1 hat kein Muster. Geben Sie einen Wert oder eine Wildcard wie FOC27* ein.</translation>
    </message>
    <message>
        <source>Rule %1 assigns nothing. Enter a template, an image or a profile.</source>
        <translation>Regel %1 weist nichts zu. Geben Sie eine Vorlage, ein Image oder ein Profil ein.</translation>
    </message>
</context>
<context>
    <name>ztp::ui::BenchPositionsDialog</name>
    <message>
        <source>Bench positions</source>
        <translation>Platzpositionen</translation>
    </message>
    <message>
        <source>Name the bench position behind each circuit id that the bench switch adds to DHCP requests (option 82). Devices with an unnamed circuit id get the name at once; a renamed position shows from the device&apos;s next request.</source>
        <translation>Benennen Sie die Platzposition hinter jeder Circuit-ID, die der Switch des Staging-Platzes zu DHCP-Anfragen hinzufügt (Option 82). Geräte mit einer unbenannten Circuit-ID erhalten den Namen sofort; eine umbenannte Position wird ab der nächsten Anfrage des Geräts angezeigt.</translation>
    </message>
    <message>
        <source>Circuit id</source>
        <translation>Circuit-ID</translation>
    </message>
    <message>
        <source>Bench position</source>
        <translation>Platzposition</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Row %1 names position &apos;%2&apos; but has no circuit id.</source>
        <translation>Zeile %1 nennt die Position &apos;%2&apos;, hat aber keine Circuit-ID.</translation>
    </message>
    <message>
        <source>Row %1: circuit id &apos;%2&apos; is listed twice; keep one row.</source>
        <translation>Zeile %1: Die Circuit-ID &apos;%2&apos; ist doppelt aufgeführt; behalten Sie nur eine Zeile.</translation>
    </message>
</context>
<context>
    <name>ztp::ui::ConsoleWindow</name>
    <message>
        <source>Console cable</source>
        <translation>Konsolenkabel</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>Hex</source>
        <extracomment>Tab title: the received bytes as a hexadecimal dump.</extracomment>
        <translation>Hex</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Detect baud rate</source>
        <translation>Baudrate erkennen</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profil:</translation>
    </message>
    <message>
        <source>Baud:</source>
        <translation>Baud:</translation>
    </message>
    <message>
        <source>Local echo</source>
        <translation>Lokales Echo</translation>
    </message>
    <message>
        <source> ms</source>
        <extracomment>Unit suffix of the BREAK duration, in milliseconds; keep the leading space.</extracomment>
        <translation> ms</translation>
    </message>
    <message>
        <source>Send BREAK</source>
        <translation>BREAK senden</translation>
    </message>
    <message>
        <source>DTR</source>
        <translation>DTR</translation>
    </message>
    <message>
        <source>RTS</source>
        <translation>RTS</translation>
    </message>
    <message>
        <source>BREAK for</source>
        <extracomment>Label before the BREAK duration field: &quot;send a BREAK signal lasting N ms&quot;.</extracomment>
        <translation>BREAK für</translation>
    </message>
    <message>
        <source>Serial number or MAC of the device on this cable</source>
        <translation>Seriennummer oder MAC des Geräts an diesem Kabel</translation>
    </message>
    <message>
        <source>Save on the device</source>
        <translation>Auf dem Gerät speichern</translation>
    </message>
    <message>
        <source>Push configuration</source>
        <translation>Konfiguration einspielen</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>Gerät:</translation>
    </message>
    <message>
        <source>The port disconnected (%1); waiting for the same adapter to come back.</source>
        <translation>Die Verbindung zum Port wurde getrennt (%1); es wird gewartet, bis derselbe Adapter wieder verfügbar ist.</translation>
    </message>
    <message>
        <source>Reconnected to %1.</source>
        <translation>Wieder mit %1 verbunden.</translation>
    </message>
    <message>
        <source>Connected to %1, %2.</source>
        <translation>Verbunden mit %1, %2.</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Trennen</translation>
    </message>
    <message>
        <source>The console reports serial number %1.</source>
        <translation>Die Konsole meldet die Seriennummer %1.</translation>
    </message>
    <message>
        <source>The console answers at %1 baud.</source>
        <translation>Die Konsole antwortet mit %1 Baud.</translation>
    </message>
    <message>
        <source>No baud rate gave readable output (best score %1). Check the cable, or press Enter on the device.</source>
        <translation>Keine Baudrate lieferte lesbare Ausgabe (beste Bewertung %1). Prüfen Sie das Kabel oder drücken Sie am Gerät die Eingabetaste.</translation>
    </message>
    <message>
        <source>Trying the common baud rates...</source>
        <translation>Gängige Baudraten werden ausprobiert...</translation>
    </message>
    <message>
        <source>Cannot render the configuration of %1: %2</source>
        <translation>Die Konfiguration von %1 kann nicht gerendert werden: %2</translation>
    </message>
    <message>
        <source>Pushing %1 (%2)...</source>
        <translation>%1 wird eingespielt (%2)...</translation>
    </message>
    <message>
        <source>Pushed %1 lines in %2 s.</source>
        <translation>%1 Zeilen in %2 s eingespielt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Line %1 was rejected:&lt;/b&gt; &lt;tt&gt;%2&lt;/tt&gt;&lt;pre&gt;%3&lt;/pre&gt;</source>
        <translation>&lt;b&gt;Zeile %1 wurde abgelehnt:&lt;/b&gt; &lt;tt&gt;%2&lt;/tt&gt;&lt;pre&gt;%3&lt;/pre&gt;</translation>
    </message>
</context>
<context>
    <name>ztp::ui::DeviceDetailPanel</name>
    <message>
        <source>MAC address</source>
        <translation>MAC-Adresse</translation>
    </message>
    <message>
        <source>Client identifier</source>
        <comment>DHCP option 61</comment>
        <translation>Client-Kennung</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <source>Hostname</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP-Adresse</translation>
    </message>
    <message>
        <source>Bench position</source>
        <translation>Platzposition</translation>
    </message>
    <message>
        <source>IEEE OUI registry</source>
        <translation>IEEE-OUI-Register</translation>
    </message>
    <message>
        <source>DHCP</source>
        <translation>DHCP</translation>
    </message>
    <message>
        <source>HTTP headers</source>
        <translation>HTTP-Header</translation>
    </message>
    <message>
        <source>Serial console</source>
        <translation>Serielle Konsole</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Inventar</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Techniker</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Gesehen</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Packets</source>
        <translation>Pakete</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <source>Select a device to see its timeline and packets.</source>
        <translation>Wählen Sie ein Gerät aus, um seine Zeitleiste und Pakete anzuzeigen.</translation>
    </message>
    <message>
        <source>Last seen %1</source>
        <translation>Zuletzt gesehen %1</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Zuweisung</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
</context>
<context>
    <name>ztp::ui::DevicePacketView</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Reply</source>
        <extracomment>Field name and value in the decoded packet view: the server sent no DHCP reply.</extracomment>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Profile or rule</source>
        <translation>Profil oder Regel</translation>
    </message>
    <message>
        <source>Field or option</source>
        <translation>Feld oder Option</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Select a message or one of its fields to see its octets.</source>
        <translation>Wählen Sie eine Nachricht oder eines ihrer Felder aus, um die Oktette anzuzeigen.</translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>no DHCP reply was sent to this request</extracomment>
        <translation>keine</translation>
    </message>
    <message>
        <source>Matched profile or rule</source>
        <translation>Passendes Profil oder passende Regel</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>The request as decoded and encoded again: the same fields and options, though padding and option splitting may differ from the datagram.</source>
        <translation>Die Anfrage, wie sie dekodiert und erneut kodiert wurde: dieselben Felder und Optionen, Padding und Aufteilung der Optionen können jedoch vom Datagramm abweichen.</translation>
    </message>
    <message>
        <source>none sent</source>
        <translation>keine gesendet</translation>
    </message>
    <message>
        <source>The reply exactly as sent.</source>
        <translation>Die Antwort genau so, wie sie gesendet wurde.</translation>
    </message>
    <message numerus="yes">
        <source>%n octets</source>
        <translation>
            <numerusform>%n Oktett</numerusform>
            <numerusform>%n Oktette</numerusform>
        </translation>
    </message>
    <message>
        <source>Not decodable</source>
        <translation>Nicht dekodierbar</translation>
    </message>
</context>
<context>
    <name>ztp::ui::DeviceTableView</name>
    <message>
        <source>Import inventory</source>
        <translation>Inventar importieren</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>pasted rows</source>
        <translation>eingefügte Zeilen</translation>
    </message>
    <message>
        <source>Assign template</source>
        <translation>Vorlage zuweisen</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Vorlage:</translation>
    </message>
    <message>
        <source>Re-provision</source>
        <translation>Neu provisionieren</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Als erledigt markieren</translation>
    </message>
    <message>
        <source>Assign template...</source>
        <translation>Vorlage zuweisen...</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Vergessen</translation>
    </message>
    <message>
        <source>Export inventory (CSV)...</source>
        <translation>Inventar exportieren (CSV)...</translation>
    </message>
    <message>
        <source>Filter &apos;%1&apos;...</source>
        <translation>&apos;%1&apos; filtern...</translation>
    </message>
    <message>
        <source>Filter column</source>
        <translation>Spalte filtern</translation>
    </message>
    <message>
        <source>Show rows whose %1 contains:</source>
        <translation>Zeilen anzeigen, deren Spalte %1 Folgendes enthält:</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Alle Filter entfernen</translation>
    </message>
    <message>
        <source>Export inventory</source>
        <translation>Inventar exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Assignment rules...</source>
        <translation>Zuweisungsregeln...</translation>
    </message>
    <message>
        <source>Bench positions...</source>
        <translation>Platzpositionen...</translation>
    </message>
    <message>
        <source>Forget devices</source>
        <translation>Geräte vergessen</translation>
    </message>
    <message numerus="yes">
        <source>Forget %n device(s)? Their records and their events in the history are deleted; a device that sends a request again starts as a new one.</source>
        <extracomment>%n is the number of devices</extracomment>
        <translation>
            <numerusform>%n Gerät vergessen? Sein Datensatz und seine Ereignisse im Verlauf werden gelöscht; ein Gerät, das erneut eine Anfrage sendet, beginnt als neues Gerät.</numerusform>
            <numerusform>%n Geräte vergessen? Ihre Datensätze und ihre Ereignisse im Verlauf werden gelöscht; ein Gerät, das erneut eine Anfrage sendet, beginnt als neues Gerät.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ztp::ui::ExportDialog</name>
    <message>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>PDF report</source>
        <translation>PDF-Bericht</translation>
    </message>
    <message>
        <source>HTML report</source>
        <translation>HTML-Bericht</translation>
    </message>
    <message>
        <source>CSV table</source>
        <translation>CSV-Tabelle</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Signed evidence pack (folder)</source>
        <translation>Signiertes Nachweispaket (Ordner)</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Durchsuchen...</translation>
    </message>
    <message numerus="yes">
        <source>Only the %n selected device(s)</source>
        <translation>
            <numerusform>Nur das %n ausgewählte Gerät</numerusform>
            <numerusform>Nur die %n ausgewählten Geräte</numerusform>
        </translation>
    </message>
    <message>
        <source>From (UTC)</source>
        <translation>Von (UTC)</translation>
    </message>
    <message>
        <source>To (UTC)</source>
        <translation>Bis (UTC)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>To</source>
        <extracomment>Form label of the output file or folder the report is written to.</extracomment>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Site</source>
        <extracomment>Form label: the staging site printed on the report.</extracomment>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Job</source>
        <extracomment>Form label: the job or order number printed on the report.</extracomment>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>Time</source>
        <extracomment>Form label of the time range of events the report covers.</extracomment>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Techniker</translation>
    </message>
    <message>
        <source>Empty folder for the evidence pack</source>
        <translation>Leerer Ordner für das Nachweispaket</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1-Dateien (*.%2)</translation>
    </message>
    <message>
        <source>Choose where to write the export.</source>
        <translation>Wählen Sie, wohin der Export geschrieben werden soll.</translation>
    </message>
    <message>
        <source>No workspace is open; open one with File &gt; Open workspace.</source>
        <translation>Es ist kein Arbeitsbereich geöffnet; öffnen Sie einen über Datei &gt; Arbeitsbereich öffnen.</translation>
    </message>
    <message>
        <source>The device has no record in the history, so its configuration cannot be rendered.</source>
        <translation>Für das Gerät gibt es keinen Eintrag im Verlauf, daher kann seine Konfiguration nicht gerendert werden.</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n device(s)...</source>
        <translation>
            <numerusform>%n Gerät wird exportiert...</numerusform>
            <numerusform>%n Geräte werden exportiert...</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n device(s) to %1.</source>
        <translation>
            <numerusform>%n Gerät nach %1 exportiert.</numerusform>
            <numerusform>%n Geräte nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Configurations left out of the pack:
%1</source>
        <translation>Nicht in das Paket aufgenommene Konfigurationen:
%1</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Export abgeschlossen</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>ztp::ui::HistoryActions</name>
    <message>
        <source>Search history...</source>
        <translation>Verlauf durchsuchen...</translation>
    </message>
    <message>
        <source>Export report...</source>
        <translation>Bericht exportieren...</translation>
    </message>
    <message>
        <source>Back up history...</source>
        <translation>Verlauf sichern...</translation>
    </message>
    <message>
        <source>Purge old history...</source>
        <translation>Alten Verlauf bereinigen...</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>No workspace is open; open one with File &gt; Open workspace.</source>
        <translation>Es ist kein Arbeitsbereich geöffnet; öffnen Sie einen über Datei &gt; Arbeitsbereich öffnen.</translation>
    </message>
    <message>
        <source>Deleted %1 events and %2 devices older than %3 days.</source>
        <translation>%1 Ereignisse und %2 Geräte gelöscht, die älter als %3 Tage waren.</translation>
    </message>
    <message>
        <source>Back up history</source>
        <translation>Verlauf sichern</translation>
    </message>
    <message>
        <source>SQLite files (*.sqlite)</source>
        <translation>SQLite-Dateien (*.sqlite)</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Sicherung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation>%1 kann nicht ersetzt werden.</translation>
    </message>
    <message>
        <source>Backup written</source>
        <translation>Sicherung geschrieben</translation>
    </message>
    <message>
        <source>The history was copied to %1.</source>
        <translation>Der Verlauf wurde nach %1 kopiert.</translation>
    </message>
    <message>
        <source>Purge old history</source>
        <translation>Alten Verlauf bereinigen</translation>
    </message>
    <message>
        <source>Delete events and devices last seen more than this many days ago. Back up the history first if the customer may ask for them.</source>
        <translation>Ereignisse und Geräte löschen, die zuletzt vor mehr als dieser Anzahl von Tagen gesehen wurden. Sichern Sie den Verlauf vorher, falls der Kunde danach fragen könnte.</translation>
    </message>
    <message>
        <source>Purge failed</source>
        <translation>Bereinigung fehlgeschlagen</translation>
    </message>
    <message>
        <source>History purged</source>
        <translation>Verlauf bereinigt</translation>
    </message>
</context>
<context>
    <name>ztp::ui::HistoryDialog</name>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>MAC, e.g. 00:1c:73:1a:2b:3c</source>
        <translation>MAC, z. B. 00:1c:73:1a:2b:3c</translation>
    </message>
    <message>
        <source>Text in the summary or details</source>
        <translation>Text in Zusammenfassung oder Details</translation>
    </message>
    <message>
        <source>From (UTC)</source>
        <translation>Von (UTC)</translation>
    </message>
    <message>
        <source>To (UTC)</source>
        <translation>Bis (UTC)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Kind</source>
        <extracomment>Filter label: the kind of history event (lease, transfer, console session...).</extracomment>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Text</source>
        <extracomment>Filter label: text searched for in the events.</extracomment>
        <translation>Text</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Select an event to see its device&apos;s timeline.</source>
        <translation>Wählen Sie ein Ereignis aus, um die Zeitleiste seines Geräts anzuzeigen.</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Since first event</source>
        <translation>Seit erstem Ereignis</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <source>The first %1 events; narrow the search to see the rest.</source>
        <translation>Die ersten %1 Ereignisse; grenzen Sie die Suche ein, um den Rest zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n Ereignis</numerusform>
            <numerusform>%n Ereignisse</numerusform>
        </translation>
    </message>
    <message>
        <source>This event belongs to the bench, not to one device.</source>
        <translation>Dieses Ereignis gehört zum Staging-Platz, nicht zu einem einzelnen Gerät.</translation>
    </message>
    <message numerus="yes">
        <source>Timeline of %1: %n event(s)</source>
        <translation>
            <numerusform>Zeitleiste von %1: %n Ereignis</numerusform>
            <numerusform>Zeitleiste von %1: %n Ereignisse</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ztp::ui::InventoryImportDialog</name>
    <message>
        <source>Import inventory: %1</source>
        <translation>Inventar importieren: %1</translation>
    </message>
    <message>
        <source>The first row holds column names</source>
        <translation>Die erste Zeile enthält Spaltennamen</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Choose what each column is. Keys are the MAC address and the serial number; every other column becomes a template variable.</source>
        <translation>Wählen Sie, was jede Spalte enthält. Schlüssel sind die MAC-Adresse und die Seriennummer; jede andere Spalte wird zu einer Vorlagenvariable.</translation>
    </message>
    <message>
        <source>Problems (nothing is imported until there are none):</source>
        <translation>Probleme (es wird nichts importiert, solange welche bestehen):</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(ignorieren)</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>MAC-Adresse</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <source>Hostname</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <source>Variable &apos;%1&apos;</source>
        <translation>Variable &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>ztp::ui::MainWindow</name>
    <message>
        <source>ZTP Workbench</source>
        <translation>ZTP Workbench</translation>
    </message>
    <message>
        <source>Start services</source>
        <translation>Dienste starten</translation>
    </message>
    <message>
        <source>Start or stop DHCP and TFTP on the chosen interface</source>
        <translation>DHCP und TFTP auf der gewählten Schnittstelle starten oder stoppen</translation>
    </message>
    <message>
        <source>Refresh interfaces</source>
        <translation>Schnittstellen aktualisieren</translation>
    </message>
    <message>
        <source>Console cable...</source>
        <translation>Konsolenkabel...</translation>
    </message>
    <message>
        <source>Open a serial console and push a configuration over it</source>
        <translation>Eine serielle Konsole öffnen und eine Konfiguration darüber einspielen</translation>
    </message>
    <message>
        <source>Export report (CSV)...</source>
        <translation>Bericht exportieren (CSV)...</translation>
    </message>
    <message>
        <source>Open workspace...</source>
        <translation>Arbeitsbereich öffnen...</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>About ZTP Workbench</source>
        <translation>Über ZTP Workbench</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Bench</source>
        <translation>&amp;Staging-Platz</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Bench</source>
        <translation>Staging-Platz</translation>
    </message>
    <message>
        <source>Interface:</source>
        <translation>Schnittstelle:</translation>
    </message>
    <message>
        <source>The servers answer on this interface only. Choose the one cabled to the devices, never the office network.</source>
        <translation>Die Server antworten nur auf dieser Schnittstelle. Wählen Sie die mit den Geräten verkabelte Schnittstelle, niemals das Büronetz.</translation>
    </message>
    <message>
        <source>Search devices by MAC, hostname, serial, IP...</source>
        <translation>Geräte nach MAC, Hostname, Seriennummer, IP suchen...</translation>
    </message>
    <message>
        <source>Scan a serial number or MAC to select its device</source>
        <translation>Seriennummer oder MAC scannen, um das Gerät auszuwählen</translation>
    </message>
    <message>
        <source>No device has the serial number or MAC %1.</source>
        <translation>Kein Gerät hat die Seriennummer oder MAC %1.</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>ZTP Workbench %1
Zero-touch provisioning for a staging bench.</source>
        <translation>ZTP Workbench %1
Zero-Touch-Provisioning für einen Staging-Platz.</translation>
    </message>
    <message>
        <source>Choose an interface...</source>
        <translation>Schnittstelle wählen...</translation>
    </message>
    <message>
        <source>no IPv4 address</source>
        <translation>keine IPv4-Adresse</translation>
    </message>
    <message>
        <source> (down)</source>
        <translation> (inaktiv)</translation>
    </message>
    <message>
        <source>Choose an interface</source>
        <translation>Schnittstelle wählen</translation>
    </message>
    <message>
        <source>Choose the network interface that is cabled to the devices first. The servers answer on that interface only.</source>
        <translation>Wählen Sie zuerst die Netzwerkschnittstelle, die mit den Geräten verkabelt ist. Die Server antworten nur auf dieser Schnittstelle.</translation>
    </message>
    <message>
        <source>Cannot start the services</source>
        <translation>Die Dienste können nicht gestartet werden</translation>
    </message>
    <message>
        <source>Stop services</source>
        <translation>Dienste stoppen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Serving on %1 as %2, pool %3 - %4. Workspace: %5</source>
        <translation>Aktiv auf %1 als %2, Pool %3 - %4. Arbeitsbereich: %5</translation>
    </message>
    <message>
        <source>Stopped. Workspace: %1</source>
        <translation>Gestoppt. Arbeitsbereich: %1</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Bericht nach %1 geschrieben</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>Show template editor</source>
        <translation>Vorlageneditor anzeigen</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>Cannot open the workspace</source>
        <translation>Arbeitsbereich kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Workspace in use</source>
        <translation>Arbeitsbereich wird verwendet</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>System language</source>
        <extracomment>Language menu entry: use the operating system&apos;s language.</extracomment>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>ZTP Workbench shows the new language the next time it starts.</source>
        <translation>ZTP Workbench zeigt die neue Sprache beim nächsten Start.</translation>
    </message>
    <message>
        <source>Export DHCP options...</source>
        <translation>DHCP-Optionen exportieren...</translation>
    </message>
    <message>
        <source>Show the vendor profiles&apos; DHCP options as configuration for ISC dhcpd, Kea, dnsmasq or a Cisco IOS pool</source>
        <translation>Die DHCP-Optionen der Herstellerprofile als Konfiguration für ISC dhcpd, Kea, dnsmasq oder einen Cisco-IOS-Pool anzeigen</translation>
    </message>
    <message>
        <source>Server certificate...</source>
        <translation>Serverzertifikat...</translation>
    </message>
    <message>
        <source>Show the HTTPS certificate&apos;s fingerprint, to pin it on devices</source>
        <translation>Den Fingerabdruck des HTTPS-Zertifikats anzeigen, um ihn auf Geräten zu pinnen</translation>
    </message>
    <message>
        <source>Assignment rules...</source>
        <translation>Zuweisungsregeln...</translation>
    </message>
    <message>
        <source>Bench positions...</source>
        <translation>Platzpositionen...</translation>
    </message>
</context>
<context>
    <name>ztp::ui::OptionExportDialog</name>
    <message>
        <source>Export DHCP options</source>
        <translation>DHCP-Optionen exportieren</translation>
    </message>
    <message>
        <source>ISC dhcpd</source>
        <translation>ISC dhcpd</translation>
    </message>
    <message>
        <source>Kea DHCPv4</source>
        <translation>Kea DHCPv4</translation>
    </message>
    <message>
        <source>dnsmasq</source>
        <translation>dnsmasq</translation>
    </message>
    <message>
        <source>Cisco IOS DHCP pool</source>
        <translation>Cisco-IOS-DHCP-Pool</translation>
    </message>
    <message>
        <source>IPv4 address, such as 192.0.2.1</source>
        <translation>IPv4-Adresse, z. B. 192.0.2.1</translation>
    </message>
    <message>
        <source>Written where a profile uses {server} or {tftp}: the address the devices reach the TFTP or HTTP server at in production.</source>
        <translation>Wird dort eingesetzt, wo ein Profil {server} oder {tftp} verwendet: die Adresse, unter der die Geräte den TFTP- oder HTTP-Server im Produktivbetrieb erreichen.</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profil:</translation>
    </message>
    <message>
        <source>Server address:</source>
        <extracomment>The address substituted for {server} in exported DHCP options.</extracomment>
        <translation>Serveradresse:</translation>
    </message>
    <message>
        <source>Copy</source>
        <extracomment>Copies the exported DHCP configuration to the clipboard.</extracomment>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>All profiles</source>
        <translation>Alle Profile</translation>
    </message>
    <message>
        <source>Enter the server address: %1</source>
        <translation>Geben Sie die Serveradresse ein: %1</translation>
    </message>
    <message>
        <source>Cannot export: %1</source>
        <translation>Export nicht möglich: %1</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Übersprungen: %1</translation>
    </message>
</context>
<context>
    <name>ztp::ui::RogueServerBanner</name>
    <message>
        <source>Dismiss</source>
        <extracomment>Closes the rogue DHCP server warning bar.</extracomment>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>unknown MAC</source>
        <translation>unbekannte MAC</translation>
    </message>
    <message>
        <source>%1 (MAC %2) answers on %3 and offered %4.</source>
        <translation>%1 (MAC %2) antwortet auf %3 und hat %4 angeboten.</translation>
    </message>
    <message>
        <source>Another DHCP server is on the bench network!</source>
        <translation>Ein weiterer DHCP-Server ist im Netzwerk des Staging-Platzes!</translation>
    </message>
    <message>
        <source>%1 other DHCP servers are on the bench network!</source>
        <translation>%1 weitere DHCP-Server sind im Netzwerk des Staging-Platzes!</translation>
    </message>
    <message>
        <source>Devices may take their address from it and miss their configuration. Disconnect it or move the bench to its own segment.</source>
        <translation>Geräte könnten ihre Adresse von ihm beziehen und ihre Konfiguration nicht erhalten. Trennen Sie ihn oder verlegen Sie den Staging-Platz in ein eigenes Segment.</translation>
    </message>
</context>
<context>
    <name>ztp::ui::ServerCertificateDialog</name>
    <message>
        <source>Server certificate</source>
        <translation>Serverzertifikat</translation>
    </message>
    <message>
        <source>Devices that pin the HTTPS server certificate need one of these values. The CA certificate in %1 works for devices that take a trust store instead.</source>
        <translation>Geräte, die das HTTPS-Serverzertifikat pinnen, benötigen einen dieser Werte. Das CA-Zertifikat in %1 eignet sich für Geräte, die stattdessen einen Truststore verwenden.</translation>
    </message>
    <message>
        <source>Copy</source>
        <extracomment>Button that copies a certificate fingerprint or key pin to the clipboard.</extracomment>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256-Fingerabdruck:</translation>
    </message>
    <message>
        <source>Public key pin:</source>
        <translation>Pin des öffentlichen Schlüssels:</translation>
    </message>
</context>
<context>
    <name>ztp::ui::TransferProgressDelegate</name>
    <message>
        <source>%1 %  %2/s</source>
        <extracomment>transfer progress: percent done and throughput, e.g. &quot;42 % 3.1 MiB/s&quot;</extracomment>
        <translation>%1 %  %2/s</translation>
    </message>
</context>
<context>
    <name>ztp::ui::editor::FindReplaceBar</name>
    <message>
        <source>Match case</source>
        <translation>Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Ersetzen durch</translation>
    </message>
    <message>
        <source>Next</source>
        <extracomment>Button: find the next match.</extracomment>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Previous</source>
        <extracomment>Button: find the previous match.</extracomment>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Replace all</source>
        <translation>Alle ersetzen</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>Wrapped</source>
        <extracomment>Search status: the search went past the end and continued from the start.</extracomment>
        <translation>Am Anfang fortgesetzt</translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n ersetzt</numerusform>
            <numerusform>%n ersetzt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ztp::ui::editor::TemplateEditorWidget</name>
    <message>
        <source>New...</source>
        <translation>Neu...</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Check all devices</source>
        <translation>Alle Geräte prüfen</translation>
    </message>
    <message>
        <source>Save the template and record the revision (Ctrl+S)</source>
        <translation>Vorlage speichern und Revision aufzeichnen (Strg+S)</translation>
    </message>
    <message>
        <source>List the variables each device is missing and any syntax error</source>
        <translation>Die Variablen, die den einzelnen Geräten fehlen, und etwaige Syntaxfehler auflisten</translation>
    </message>
    <message>
        <source>Show secrets</source>
        <translation>Geheime Werte anzeigen</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Missing variables</source>
        <translation>Fehlende Variablen</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Diff with last sent</source>
        <translation>Diff zum letzten Versand</translation>
    </message>
    <message>
        <source>Lint</source>
        <extracomment>Tab title: the check of every device for missing variables and template errors.</extracomment>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Assigned %1 to %2</source>
        <translation>%1 an %2 zugewiesen</translation>
    </message>
    <message>
        <source>Unsaved template</source>
        <translation>Ungespeicherte Vorlage</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Discard them?</source>
        <translation>%1 enthält ungespeicherte Änderungen. Verwerfen?</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Open or create a template before saving.</source>
        <translation>Öffnen oder erstellen Sie eine Vorlage, bevor Sie speichern.</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Saved %1, revision %2</source>
        <translation>%1 gespeichert, Revision %2</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Neue Vorlage</translation>
    </message>
    <message>
        <source>Name, relative to templates/ (for example leaf.j2):</source>
        <translation>Name, relativ zu templates/ (zum Beispiel leaf.j2):</translation>
    </message>
    <message>
        <source>&apos;%1&apos; leaves the templates folder; give a name inside it.</source>
        <translation>&apos;%1&apos; liegt außerhalb des Vorlagenordners; geben Sie einen Namen innerhalb des Ordners an.</translation>
    </message>
    <message>
        <source>%1 already exists; pick it from the list.</source>
        <translation>%1 existiert bereits; wählen Sie die Vorlage aus der Liste.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>%1 kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>%1 was removed or cannot be read; save to write it again.</source>
        <translation>%1 wurde entfernt oder kann nicht gelesen werden; speichern Sie, um die Datei erneut zu schreiben.</translation>
    </message>
    <message>
        <source>%1 changed on disk; saving will overwrite that change.</source>
        <translation>%1 wurde auf dem Datenträger geändert; beim Speichern wird diese Änderung überschrieben.</translation>
    </message>
    <message>
        <source>Reloaded %1, which changed outside the editor.</source>
        <translation>%1 wurde neu geladen, da die Datei außerhalb des Editors geändert wurde.</translation>
    </message>
    <message>
        <source>Select a device in the table to preview the template for it.</source>
        <translation>Wählen Sie ein Gerät in der Tabelle aus, um die Vorschau der Vorlage dafür anzuzeigen.</translation>
    </message>
    <message>
        <source>%1 rendered for %2 %3</source>
        <translation>%1 gerendert für %2 %3</translation>
    </message>
    <message>
        <source>Cannot render: %1</source>
        <translation>Rendern nicht möglich: %1</translation>
    </message>
    <message>
        <source>No configuration has been sent to %1 yet.</source>
        <translation>An %1 wurde noch keine Konfiguration gesendet.</translation>
    </message>
    <message>
        <source>The configuration sent to %1 (SHA-256 %2) is not stored, so there is nothing to compare with.</source>
        <translation>Die an %1 gesendete Konfiguration (SHA-256 %2) ist nicht gespeichert, daher gibt es nichts zum Vergleichen.</translation>
    </message>
    <message>
        <source>%1 devices checked, %2 with problems</source>
        <translation>%1 Geräte geprüft, %2 mit Problemen</translation>
    </message>
</context>
<context>
    <name>ztp::ui::editor::TemplateListWidget</name>
    <message>
        <source>Drag a template onto device rows to assign it</source>
        <translation>Ziehen Sie eine Vorlage auf Gerätezeilen, um sie zuzuweisen</translation>
    </message>
</context>
<context>
    <name>ztp::ui::editor::VariablePalette</name>
    <message>
        <source>Drag a variable into the template to insert {{ name }}</source>
        <translation>Ziehen Sie eine Variable in die Vorlage, um {{ name }} einzufügen</translation>
    </message>
    <message>
        <source>Built-in</source>
        <extracomment>Group title: variables the application provides for every device (hostname, mac, ip...).</extracomment>
        <translation>Integriert</translation>
    </message>
    <message>
        <source>Inventory columns</source>
        <translation>Inventarspalten</translation>
    </message>
    <message>
        <source>variables.json</source>
        <translation>variables.json</translation>
    </message>
    <message>
        <source>%1 (secret)</source>
        <translation>%1 (geheim)</translation>
    </message>
</context>
<context>
    <name>ztp::workspace</name>
    <message>
        <source>line %1: a quoted field is not closed; add the closing double quote</source>
        <translation>Zeile %1: Ein Feld in Anführungszeichen ist nicht geschlossen; fügen Sie das schließende doppelte Anführungszeichen hinzu</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text; save it from the spreadsheet as &quot;CSV UTF-8&quot; and import it again</source>
        <translation>die Datei ist kein UTF-8-Text; speichern Sie sie in der Tabellenkalkulation als &quot;CSV UTF-8&quot; und importieren Sie sie erneut</translation>
    </message>
</context>
<context>
    <name>ztp::workspace::Inventory</name>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: Lesen nicht möglich: %2</translation>
    </message>
    <message>
        <source>%1: cannot write: %2; check the directory&apos;s permissions and free space</source>
        <translation>%1: Schreiben nicht möglich: %2; prüfen Sie die Berechtigungen und den freien Speicherplatz des Verzeichnisses</translation>
    </message>
    <message>
        <source>header &apos;%1&apos; is not a valid variable name; use letters, digits and underscores</source>
        <translation>Spaltenkopf &apos;%1&apos; ist kein gültiger Variablenname; verwenden Sie Buchstaben, Ziffern und Unterstriche</translation>
    </message>
    <message>
        <source>column %1 maps to &apos;%2&apos; like column %3; rename or ignore one of them</source>
        <translation>Spalte %1 wird wie Spalte %3 auf &apos;%2&apos; abgebildet; benennen Sie eine davon um oder ignorieren Sie sie</translation>
    </message>
    <message>
        <source>the header has neither a &apos;mac&apos; nor a &apos;serial&apos; column; add one so devices can be matched</source>
        <translation>die Kopfzeile hat weder eine &apos;mac&apos;- noch eine &apos;serial&apos;-Spalte; fügen Sie eine hinzu, damit Geräte zugeordnet werden können</translation>
    </message>
    <message>
        <source>%1 is already on line %2</source>
        <translation>%1 steht bereits in Zeile %2</translation>
    </message>
    <message>
        <source>line %1, column &apos;%2&apos;: %3</source>
        <translation>Zeile %1, Spalte &apos;%2&apos;: %3</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>the file is empty; add a header row with at least a mac or serial column</source>
        <translation>die Datei ist leer; fügen Sie eine Kopfzeile mit mindestens einer mac- oder serial-Spalte hinzu</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>%1 fields but the header has %2; quote fields that contain the delimiter</source>
        <translation>%1 Felder, aber die Kopfzeile hat %2; setzen Sie Felder, die das Trennzeichen enthalten, in Anführungszeichen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a MAC address; write it as 00:1c:73:1a:2b:3c</source>
        <translation>&apos;%1&apos; ist keine MAC-Adresse; schreiben Sie sie als 00:1c:73:1a:2b:3c</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a multicast, broadcast or zero address, not a device&apos;s MAC address</source>
        <translation>&apos;%1&apos; ist eine Multicast-, Broadcast- oder Null-Adresse, keine MAC-Adresse eines Geräts</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IPv4 address; write it as 10.0.0.23 or leave it empty</source>
        <translation>&apos;%1&apos; ist keine IPv4-Adresse; schreiben Sie sie als 10.0.0.23 oder lassen Sie das Feld leer</translation>
    </message>
    <message>
        <source>the row has neither a MAC address nor a serial number</source>
        <translation>die Zeile hat weder eine MAC-Adresse noch eine Seriennummer</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is already on line %3</source>
        <translation>%1 &apos;%2&apos; steht bereits in Zeile %3</translation>
    </message>
    <message>
        <source>the value contains a line break or another control character; keep it on one line</source>
        <translation>der Wert enthält einen Zeilenumbruch oder ein anderes Steuerzeichen; schreiben Sie ihn in eine Zeile</translation>
    </message>
    <message>
        <source>the value contains a NUL character; remove it</source>
        <translation>der Wert enthält ein NUL-Zeichen; entfernen Sie es</translation>
    </message>
</context>
<context>
    <name>ztp::workspace::VariableResolver</name>
    <message>
        <source>%1:%2:%3: invalid JSON: %4; fix the file or remove it</source>
        <translation>%1:%2:%3: ungültiges JSON: %4; korrigieren oder entfernen Sie die Datei</translation>
    </message>
    <message>
        <source>%1: the file must contain one JSON object of variable names and values, for example {&quot;ntp_server&quot;: &quot;10.0.0.1&quot;}</source>
        <translation>%1: Die Datei muss ein JSON-Objekt aus Variablennamen und Werten enthalten, zum Beispiel {&quot;ntp_server&quot;: &quot;10.0.0.1&quot;}</translation>
    </message>
    <message>
        <source>%1: &quot;$secrets&quot; must be a list of variable names, for example [&quot;enable_secret&quot;]</source>
        <translation>%1: &quot;$secrets&quot; muss eine Liste von Variablennamen sein, zum Beispiel [&quot;enable_secret&quot;]</translation>
    </message>
    <message>
        <source>%1: &quot;$secrets&quot; contains %2, which is not a variable name; list names as strings</source>
        <translation>%1: &quot;$secrets&quot; enthält %2, das kein Variablenname ist; geben Sie die Namen als Zeichenketten an</translation>
    </message>
    <message>
        <source>Cannot read %1: %2; check its permissions</source>
        <translation>%1 kann nicht gelesen werden: %2; prüfen Sie die Berechtigungen</translation>
    </message>
    <message>
        <source>Several variable files match device %1 (serial %2): %3; merge them into one and delete the others</source>
        <translation>Mehrere Variablendateien passen zu Gerät %1 (Seriennummer %2): %3; führen Sie sie zu einer Datei zusammen und löschen Sie die anderen</translation>
    </message>
</context>
<context>
    <name>ztp::workspace::Workspace</name>
    <message>
        <source>%1: line %2: invalid JSON: %3</source>
        <translation>%1: Zeile %2: ungültiges JSON: %3</translation>
    </message>
    <message>
        <source>%1: line 1: the file must hold a JSON object</source>
        <translation>%1: Zeile 1: Die Datei muss ein JSON-Objekt enthalten</translation>
    </message>
    <message>
        <source>%1: line %2, key &apos;%3&apos;: %4</source>
        <translation>%1: Zeile %2, Schlüssel &apos;%3&apos;: %4</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>Zeichenkette erwartet</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IPv4 address; write it as 10.0.0.1 or leave it empty to derive it from the interface</source>
        <translation>&apos;%1&apos; ist keine IPv4-Adresse; schreiben Sie sie als 10.0.0.1 oder lassen Sie das Feld leer, um sie von der Schnittstelle abzuleiten</translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2</source>
        <translation>ganze Zahl von %1 bis %2 erwartet</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>Objekt erwartet</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true oder false erwartet</translation>
    </message>
    <message>
        <source>expected a list of addresses</source>
        <translation>Liste von Adressen erwartet</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IPv4 address</source>
        <translation>&apos;%1&apos; ist keine IPv4-Adresse</translation>
    </message>
    <message>
        <source>the boot file name has %1 octets; use at most 127 so it fits the DHCP file field and option 67</source>
        <translation>der Name der Boot-Datei hat %1 Oktette; verwenden Sie höchstens 127, damit er in das DHCP-Feld file und in Option 67 passt</translation>
    </message>
    <message>
        <source>set both ends of the pool, or neither to derive it from the interface</source>
        <translation>setzen Sie beide Enden des Pools oder keines, um ihn von der Schnittstelle abzuleiten</translation>
    </message>
    <message>
        <source>the pool ends at %1, before it starts at %2</source>
        <translation>der Pool endet bei %1, bevor er bei %2 beginnt</translation>
    </message>
    <message>
        <source>Cannot create the folder %1; check that you may write there.</source>
        <translation>Der Ordner %1 kann nicht erstellt werden; prüfen Sie, ob Sie dort schreiben dürfen.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1: cannot read (%2); create a workspace with &apos;ztpw init %3&apos;</source>
        <translation>%1: Lesen nicht möglich (%2); erstellen Sie einen Arbeitsbereich mit &apos;ztpw init %3&apos;</translation>
    </message>
    <message>
        <source>unknown key; did you mean &apos;%1&apos;?</source>
        <translation>unbekannter Schlüssel; meinten Sie &apos;%1&apos;?</translation>
    </message>
    <message>
        <source>unknown key; the known keys here are %1</source>
        <translation>unbekannter Schlüssel; bekannte Schlüssel hier sind %1</translation>
    </message>
    <message>
        <source>set both ends of the transfer port range, or neither to let the system pick the ports</source>
        <translation>setzen Sie beide Enden des Portbereichs für Übertragungen, oder keines, damit das System die Ports wählt</translation>
    </message>
    <message>
        <source>the transfer port range ends at %1, before it starts at %2</source>
        <translation>der Portbereich für Übertragungen endet bei %1, bevor er bei %2 beginnt</translation>
    </message>
</context>
</TS>
