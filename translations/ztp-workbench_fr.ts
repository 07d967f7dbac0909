<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>main</name>
    <message>
        <source>Zero-touch provisioning bench for network devices.</source>
        <translation>Banc de provisionnement zero-touch pour équipements réseau.</translation>
    </message>
    <message>
        <source>Workspace folder; by default one in the user&apos;s data folder, created on first start.</source>
        <translation>Dossier de l&apos;espace de travail&#xa0;; par défaut, un dossier dans le répertoire de données de l&apos;utilisateur, créé au premier démarrage.</translation>
    </message>
    <message>
        <source>Preselect the network interface that faces the devices.</source>
        <translation>Présélectionner l&apos;interface réseau côté équipements.</translation>
    </message>
    <message>
        <source>Start the services at once on the interface given with --interface.</source>
        <translation>Démarrer immédiatement les services sur l&apos;interface indiquée par --interface.</translation>
    </message>
    <message>
        <source>--start needs --interface: the services start only on an interface you name.
</source>
        <translation>--start nécessite --interface&#xa0;: les services ne démarrent que sur une interface que vous indiquez.
</translation>
    </message>
    <message>
        <source>Cannot open the workspace</source>
        <translation>Impossible d&apos;ouvrir l&apos;espace de travail</translation>
    </message>
    <message>
        <source>User interface language for this run, for example de or pt_BR; en shows the English texts.</source>
        <translation>Langue de l’interface pour cette exécution, par exemple de ou pt_BR&#xa0;; en affiche les textes anglais.</translation>
    </message>
    <message>
        <source>Unknown language &apos;%1&apos;. Use one of: %2.
</source>
        <translation>Langue inconnue &apos;%1&apos;. Utilisez l’une de&#xa0;: %2.
</translation>
    </message>
</context>
<context>
    <name>ztp</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ztp::bench::BenchService</name>
    <message>
        <source>No workspace is open.</source>
        <translation>Aucun espace de travail n&apos;est ouvert.</translation>
    </message>
    <message>
        <source>Choose the network interface that faces the devices before starting.</source>
        <translation>Choisissez l&apos;interface réseau côté équipements avant de démarrer.</translation>
    </message>
    <message>
        <source>Network interface &apos;%1&apos; does not exist. Pick one from the list of interfaces (&apos;ip link&apos; shows them).</source>
        <translation>L&apos;interface réseau &apos;%1&apos; n&apos;existe pas. Choisissez-en une dans la liste des interfaces (&apos;ip link&apos; les affiche).</translation>
    </message>
    <message>
        <source>%1: line %2, column &apos;ip&apos;: &apos;%3&apos; is not a free IPv4 address in the subnet of %4; correct it or leave it empty for a pool address.</source>
        <translation>%1&#xa0;: ligne %2, colonne &apos;ip&apos;&#xa0;: &apos;%3&apos; n&apos;est pas une adresse IPv4 libre dans le sous-réseau de %4&#xa0;; corrigez-la ou laissez-la vide pour obtenir une adresse de la plage.</translation>
    </message>
    <message>
        <source>No device with MAC %1 is known; wait until it has sent a DHCP request, then assign the template again.</source>
        <translation>Aucun équipement avec l&apos;adresse MAC %1 n&apos;est connu&#xa0;; attendez qu&apos;il ait envoyé une requête DHCP, puis attribuez de nouveau le modèle.</translation>
    </message>
    <message>
        <source>Template %1 is not in %2; save it there first.</source>
        <translation>Le modèle %1 n&apos;est pas dans %2&#xa0;; enregistrez-le d&apos;abord à cet endroit.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>Another DHCP server, %1, answers on %2 and offered %3; its MAC address is %4. Devices may take their address from it: disconnect it or move the bench to its own segment.</source>
        <translation>Un autre serveur DHCP, %1, répond sur %2 et a proposé %3&#xa0;; son adresse MAC est %4. Les équipements risquent de prendre leur adresse auprès de lui&#xa0;: déconnectez-le ou placez le banc sur son propre segment.</translation>
    </message>
</context>
<context>
    <name>ztp::bench::NetworkPlan</name>
    <message>
        <source>Interface %1 is the loopback interface; choose the interface that is cabled to the devices.</source>
        <translation>L&apos;interface %1 est l&apos;interface de bouclage&#xa0;; choisissez l&apos;interface câblée aux équipements.</translation>
    </message>
    <message>
        <source>Interface %1 has no IPv4 address. Give it a static address (for example 10.0.0.1/24) and start again.</source>
        <translation>L&apos;interface %1 n&apos;a pas d&apos;adresse IPv4. Attribuez-lui une adresse statique (par exemple 10.0.0.1/24) et redémarrez.</translation>
    </message>
    <message>
        <source>Interface %1 has prefix /%2; use a prefix from /8 to /30 so the subnet has room for devices.</source>
        <translation>L&apos;interface %1 a le préfixe /%2&#xa0;; utilisez un préfixe de /8 à /30 pour que le sous-réseau ait de la place pour les équipements.</translation>
    </message>
    <message>
        <source>The pool %1 - %2 includes the network or broadcast address of %3/%4; start dhcp.poolFirst above the first and end dhcp.poolLast below the last address of the subnet.</source>
        <translation>La plage %1 - %2 inclut l&apos;adresse de réseau ou de diffusion de %3/%4&#xa0;; faites commencer dhcp.poolFirst après la première adresse du sous-réseau et finir dhcp.poolLast avant la dernière.</translation>
    </message>
    <message>
        <source>The pool %1 - %2 is not inside the subnet of %3 (%4/%5); change dhcp.poolFirst and dhcp.poolLast in workbench.json.</source>
        <translation>La plage %1 - %2 n&apos;est pas dans le sous-réseau de %3 (%4/%5)&#xa0;; modifiez dhcp.poolFirst et dhcp.poolLast dans workbench.json.</translation>
    </message>
    <message>
        <source>dhcp.subnetMask %1 is not a valid subnet mask; write it as 255.255.255.0 or leave it empty to use the interface&apos;s prefix.</source>
        <translation>dhcp.subnetMask %1 n&apos;est pas un masque de sous-réseau valide&#xa0;; écrivez-le sous la forme 255.255.255.0 ou laissez-le vide pour utiliser le préfixe de l&apos;interface.</translation>
    </message>
    <message>
        <source>dhcp.router %1 is outside the subnet %2/%3, so devices could not reach it; use an address of that subnet or leave it empty.</source>
        <translation>dhcp.router %1 est hors du sous-réseau %2/%3, les équipements ne pourraient donc pas l&apos;atteindre&#xa0;; utilisez une adresse de ce sous-réseau ou laissez le champ vide.</translation>
    </message>
</context>
<context>
    <name>ztp::devices::AssignmentRules</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: invalid JSON at offset %2: %3</source>
        <translation>%1&#xa0;: JSON non valide à la position %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1: expected an object with a &quot;rules&quot; array</source>
        <translation>%1&#xa0;: objet attendu, avec un tableau &quot;rules&quot;</translation>
    </message>
    <message>
        <source>%1: expected an object</source>
        <translation>%1&#xa0;: objet attendu</translation>
    </message>
    <message>
        <source>%1, key &apos;match&apos;: &apos;%2&apos; is not one of serial, mac, model, vendor, profile</source>
        <translation>%1, clé &apos;match&apos;&#xa0;: &apos;%2&apos; ne fait pas partie de serial, mac, model, vendor, profile</translation>
    </message>
    <message>
        <source>%1, key &apos;pattern&apos;: missing; use a value or a wildcard such as FOC27*</source>
        <translation>%1, clé &apos;pattern&apos;&#xa0;: manquante&#xa0;; utilisez une valeur ou un caractère générique tel que FOC27*</translation>
    </message>
    <message>
        <source>%1: the rule assigns nothing; set template, image or profile</source>
        <translation>%1&#xa0;: la règle n&apos;attribue rien&#xa0;; définissez un modèle de configuration, une image ou un profil</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ztp::devices::BenchPositions</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: invalid JSON at offset %2: %3</source>
        <translation>%1&#xa0;: JSON non valide à la position %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1: expected an object with a &quot;positions&quot; object that maps circuit ids to position names</source>
        <translation>%1&#xa0;: objet attendu, avec un objet &quot;positions&quot; qui associe les ID de circuit aux noms de positions</translation>
    </message>
    <message>
        <source>%1, key &apos;positions.%2&apos;: expected the position&apos;s name as a string</source>
        <translation>%1, clé &apos;positions.%2&apos;&#xa0;: le nom de la position est attendu sous forme de chaîne</translation>
    </message>
    <message>
        <source>Circuit id &apos;%1&apos; has no position name; enter both or remove the row.</source>
        <translation>L&apos;ID de circuit &apos;%1&apos; n&apos;a pas de nom de position&#xa0;; saisissez les deux ou supprimez la ligne.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ztp::dhcp::DhcpServer</name>
    <message>
        <source>No network interface is chosen. Choose the interface that faces the devices, then start the DHCP server.</source>
        <translation>Aucune interface réseau n&apos;est choisie. Choisissez l&apos;interface côté équipements, puis démarrez le serveur DHCP.</translation>
    </message>
    <message>
        <source>Ping before offer is on (dhcp.pingBeforeOfferMs), but pinging on %1 failed: %2. Grant the privilege or set dhcp.pingBeforeOfferMs to 0.</source>
        <translation>Le ping avant offre est activé (dhcp.pingBeforeOfferMs), mais le ping sur %1 a échoué&#xa0;: %2. Accordez le privilège nécessaire ou réglez dhcp.pingBeforeOfferMs sur 0.</translation>
    </message>
</context>
<context>
    <name>ztp::http::HttpServer</name>
    <message>
        <source>HTTPS on port %1 needs TLS, but Qt found no TLS backend; install libssl3 or set the HTTPS port to 0.</source>
        <translation>HTTPS sur le port %1 nécessite TLS, mais Qt n&apos;a trouvé aucun backend TLS&#xa0;; installez libssl3 ou réglez le port HTTPS sur 0.</translation>
    </message>
    <message>
        <source>Cannot listen on TCP %1:%2 for %3: %4. Stop the other server on that port, choose another port in workbench.json, or run with the privilege to bind ports below 1024.</source>
        <translation>Impossible d&apos;écouter sur TCP %1:%2 pour %3&#xa0;: %4. Arrêtez l&apos;autre serveur sur ce port, choisissez un autre port dans workbench.json ou exécutez le programme avec le privilège de lier les ports inférieurs à 1024.</translation>
    </message>
    <message>
        <source>The server has no handler yet.</source>
        <translation>Le serveur n&apos;a pas encore de gestionnaire.</translation>
    </message>
</context>
<context>
    <name>ztp::http::ProvisioningServices</name>
    <message>
        <source>Cannot prepare the HTTPS certificate: %1</source>
        <translation>Impossible de préparer le certificat HTTPS&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ztp::models::DeviceTableModel</name>
    <message>
        <source>Discovered</source>
        <comment>device state</comment>
        <translation>Découvert</translation>
    </message>
    <message>
        <source>Leased</source>
        <comment>device state: holds a DHCP lease</comment>
        <translation>Bail attribué</translation>
    </message>
    <message>
        <source>Configuration sent</source>
        <comment>device state</comment>
        <translation>Configuration envoyée</translation>
    </message>
    <message>
        <source>Image sent</source>
        <comment>device state</comment>
        <translation>Image envoyée</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>device state: the device reported success</comment>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>device state</comment>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Stalled</source>
        <comment>device state: no progress for a while</comment>
        <translation>Bloqué</translation>
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
        <translation>Adresse MAC</translation>
    </message>
    <message>
        <source>Vendor class</source>
        <comment>DHCP option 60</comment>
        <translation>Classe fournisseur</translation>
    </message>
    <message>
        <source>Hostname</source>
        <translation>Nom d&apos;hôte</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Numéro de série</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>Adresse IP</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Fabricant</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle de config.</translation>
    </message>
    <message>
        <source>Bench position</source>
        <comment>from the DHCP option 82 circuit id</comment>
        <translation>Position sur le banc</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transfert</translation>
    </message>
</context>
<context>
    <name>ztp::models::EventLogModel</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Équipement</translation>
    </message>
    <message>
        <source>Event</source>
        <extracomment>Column header: the kind of event (lease, TFTP transfer, syslog message...).</extracomment>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>ztp::platform</name>
    <message>
        <source>Binding to interface %1 is not implemented on this operating system yet.</source>
        <translation>La liaison à l&apos;interface %1 n&apos;est pas encore implémentée sur ce système d&apos;exploitation.</translation>
    </message>
    <message>
        <source>Run the program as administrator.</source>
        <translation>Exécutez le programme en tant qu&apos;administrateur.</translation>
    </message>
    <message>
        <source>Cannot create a UDP socket: %1</source>
        <translation>Impossible de créer un socket UDP&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot bind a socket to interface %1: %2. %3</source>
        <translation>Impossible de lier un socket à l&apos;interface %1&#xa0;: %2. %3</translation>
    </message>
    <message>
        <source>Another program uses this port; stop it (for example another DHCP or TFTP server) and start again.</source>
        <translation>Un autre programme utilise ce port&#xa0;; arrêtez-le (par exemple un autre serveur DHCP ou TFTP) et redémarrez.</translation>
    </message>
    <message>
        <source>Cannot bind UDP port %1 on %2 (%3): %4. %5</source>
        <translation>Impossible de lier le port UDP %1 sur %2 (%3)&#xa0;: %4. %5</translation>
    </message>
    <message>
        <source>Run as root, or grant the capabilities once with &apos;sudo setcap cap_net_bind_service,cap_net_raw,cap_net_admin+ep&apos; on the program.</source>
        <translation>Exécutez le programme en tant que root, ou accordez-lui une fois pour toutes les capacités avec &apos;sudo setcap cap_net_bind_service,cap_net_raw,cap_net_admin+ep&apos;.</translation>
    </message>
    <message>
        <source>Cannot create an ICMP socket: %1. %2</source>
        <translation>Impossible de créer un socket ICMP&#xa0;: %1. %2</translation>
    </message>
    <message>
        <source>Interface %1 not found.</source>
        <translation>Interface %1 introuvable.</translation>
    </message>
    <message>
        <source>Cannot open a packet socket on %1: %2. %3</source>
        <translation>Impossible d&apos;ouvrir un socket de paquets sur %1&#xa0;: %2. %3</translation>
    </message>
</context>
<context>
    <name>ztp::reports</name>
    <message>
        <source>Cannot create the folder of %1.</source>
        <translation>Impossible de créer le dossier de %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Line %1 of %2 is not &quot;SHA-256  path&quot;.</source>
        <translation>La ligne %1 de %2 n&apos;est pas au format &quot;SHA-256  path&quot;.</translation>
    </message>
    <message>
        <source>Line %1 of %2 names %3, a path outside the pack.</source>
        <translation>La ligne %1 de %2 désigne %3, un chemin hors du paquet.</translation>
    </message>
    <message>
        <source>The folder %1 is not empty; choose a new folder for the evidence pack.</source>
        <translation>Le dossier %1 n&apos;est pas vide&#xa0;; choisissez un nouveau dossier pour le paquet de preuves.</translation>
    </message>
    <message>
        <source>%1 has no %2; it is not an evidence pack.</source>
        <translation>%1 ne contient pas %2&#xa0;; ce n&apos;est pas un paquet de preuves.</translation>
    </message>
    <message>
        <source>The history is not open; open a workspace first.</source>
        <translation>L&apos;historique n&apos;est pas ouvert&#xa0;; ouvrez d&apos;abord un espace de travail.</translation>
    </message>
    <message>
        <source>The date range %1 to %2 is empty; the end must come after the start.</source>
        <translation>La période du %1 au %2 est vide&#xa0;; la fin doit être postérieure au début.</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>L&apos;export a été annulé&#xa0;; aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Cannot write the key file %1: %2</source>
        <translation>Impossible d&apos;écrire le fichier de clé %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot read the signing key %1: %2</source>
        <translation>Impossible de lire la clé de signature %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The signing key %1 is not an Ed25519 private key in PEM. Move it away to have a new key generated; packs signed with it then no longer verify against the workspace.</source>
        <translation>La clé de signature %1 n&apos;est pas une clé privée Ed25519 au format PEM. Déplacez-la pour qu&apos;une nouvelle clé soit générée&#xa0;; les paquets signés avec elle ne pourront alors plus être vérifiés par rapport à l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>Cannot generate a signing key: %1</source>
        <translation>Impossible de générer une clé de signature&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot encode the signing key: %1</source>
        <translation>Impossible d&apos;encoder la clé de signature&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot read the public key %1: %2</source>
        <translation>Impossible de lire la clé publique %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not an Ed25519 public key in PEM.</source>
        <translation>%1 n&apos;est pas une clé publique Ed25519 au format PEM.</translation>
    </message>
    <message>
        <source>This key has no private part and cannot sign.</source>
        <translation>Cette clé n&apos;a pas de partie privée et ne peut pas signer.</translation>
    </message>
    <message>
        <source>Cannot sign: %1</source>
        <translation>Impossible de signer&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ztp::serial::ConsoleBench</name>
    <message>
        <source>No workspace is open, so the console session cannot be stored.</source>
        <translation>Aucun espace de travail n&apos;est ouvert, la session de console ne peut donc pas être enregistrée.</translation>
    </message>
    <message>
        <source>No device given. Name it by serial number or MAC address.</source>
        <translation>Aucun équipement indiqué. Désignez-le par son numéro de série ou son adresse MAC.</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Aucun espace de travail n&apos;est ouvert.</translation>
    </message>
    <message>
        <source>No device with serial number or MAC &apos;%1&apos; in the workspace&apos;s devices or inventory.csv. Add a row for it to inventory.csv, or use a key that &apos;ztpw export&apos; lists.</source>
        <translation>Aucun équipement avec le numéro de série ou l&apos;adresse MAC &apos;%1&apos; dans les équipements de l&apos;espace de travail ou dans inventory.csv. Ajoutez-lui une ligne dans inventory.csv, ou utilisez une clé listée par &apos;ztpw export&apos;.</translation>
    </message>
</context>
<context>
    <name>ztp::serial::ConsolePort</name>
    <message>
        <source>Serial port %1 does not exist. Plug the console cable in, or pick a port from &apos;ztpw console ports&apos;.</source>
        <translation>Le port série %1 n&apos;existe pas. Branchez le câble console ou choisissez un port parmi ceux de &apos;ztpw console ports&apos;.</translation>
    </message>
    <message>
        <source>Cannot open serial port %1: %2. Check that no other program uses it and that you are in the &apos;dialout&apos; group.</source>
        <translation>Impossible d&apos;ouvrir le port série %1&#xa0;: %2. Vérifiez qu&apos;aucun autre programme ne l&apos;utilise et que vous faites partie du groupe &apos;dialout&apos;.</translation>
    </message>
    <message>
        <source>Serial port %1 does not accept %2: %3. Choose other line settings in the console profile.</source>
        <translation>Le port série %1 n&apos;accepte pas %2&#xa0;: %3. Choisissez d&apos;autres paramètres de ligne dans le profil de console.</translation>
    </message>
    <message>
        <source>Serial port %1 does not accept %2 baud: %3.</source>
        <translation>Le port série %1 n&apos;accepte pas %2 bauds&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Open a serial port before sending BREAK.</source>
        <translation>Ouvrez un port série avant d&apos;envoyer un BREAK.</translation>
    </message>
    <message>
        <source>BREAK duration %1 ms is out of range; use 1 to 10000 ms.</source>
        <translation>La durée de BREAK de %1 ms est hors limites&#xa0;; utilisez une valeur de 1 à 10000 ms.</translation>
    </message>
    <message>
        <source>Serial port %1 cannot send BREAK: %2.</source>
        <translation>Le port série %1 ne peut pas envoyer de BREAK&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Cannot set DTR on serial port %1: %2. Pseudo-terminals and some adapters have no modem control lines.</source>
        <translation>Impossible de régler DTR sur le port série %1&#xa0;: %2. Les pseudo-terminaux et certains adaptateurs n&apos;ont pas de lignes de contrôle modem.</translation>
    </message>
    <message>
        <source>port is closed</source>
        <translation>le port est fermé</translation>
    </message>
    <message>
        <source>RTS is driven by RTS/CTS flow control on %1; switch flow control off to set it by hand.</source>
        <translation>RTS est piloté par le contrôle de flux RTS/CTS sur %1&#xa0;; désactivez le contrôle de flux pour le régler manuellement.</translation>
    </message>
    <message>
        <source>Cannot set RTS on serial port %1: %2. Pseudo-terminals and some adapters have no modem control lines.</source>
        <translation>Impossible de régler RTS sur le port série %1&#xa0;: %2. Les pseudo-terminaux et certains adaptateurs n&apos;ont pas de lignes de contrôle modem.</translation>
    </message>
</context>
<context>
    <name>ztp::serial::ConsoleProfile</name>
    <message>
        <source>Console profile &apos;%1&apos; is not a JSON object (%2 at offset %3). Fix the profile file and retry.</source>
        <translation>Le profil de console &apos;%1&apos; n&apos;est pas un objet JSON (%2 à la position %3). Corrigez le fichier de profil et réessayez.</translation>
    </message>
    <message>
        <source>&apos;lineEnding&apos; is &apos;%1&apos;; use cr or crlf</source>
        <translation>&apos;lineEnding&apos; vaut &apos;%1&apos;&#xa0;; utilisez cr ou crlf</translation>
    </message>
    <message>
        <source>&apos;prompts&apos; needs at least a &quot;privileged&quot; pattern</source>
        <translation>&apos;prompts&apos; nécessite au moins un motif &quot;privileged&quot;</translation>
    </message>
    <message>
        <source>&apos;errorPatterns&apos; needs at least one pattern, or a rejected line goes unseen</source>
        <translation>&apos;errorPatterns&apos; nécessite au moins un motif, sinon une ligne rejetée passe inaperçue</translation>
    </message>
    <message>
        <source>Cannot read console profile %1: %2.</source>
        <translation>Impossible de lire le profil de console %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Unknown console profile &apos;%1&apos;. Built-in profiles: %2; or give the path of a .json profile file.</source>
        <translation>Profil de console &apos;%1&apos; inconnu. Profils intégrés&#xa0;: %2&#xa0;; ou indiquez le chemin d&apos;un fichier de profil .json.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a string</source>
        <translation>&apos;%1&apos; doit être une chaîne</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a whole number from %2 to %3</source>
        <translation>&apos;%1&apos; doit être un nombre entier de %2 à %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid regular expression: %2</source>
        <translation>&apos;%1&apos; n&apos;est pas une expression régulière valide&#xa0;: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a list of {&quot;pattern&quot;, &quot;response&quot;} objects</source>
        <translation>&apos;%1&apos; doit être une liste d&apos;objets {&quot;pattern&quot;, &quot;response&quot;}</translation>
    </message>
    <message>
        <source>every entry of &apos;%1&apos; needs a &quot;pattern&quot; and a &quot;response&quot; string</source>
        <translation>chaque entrée de &apos;%1&apos; nécessite une chaîne &quot;pattern&quot; et une chaîne &quot;response&quot;</translation>
    </message>
    <message>
        <source>Console profile &apos;%1&apos; is invalid: %2. Fix the profile file and retry.</source>
        <translation>Le profil de console &apos;%1&apos; n&apos;est pas valide&#xa0;: %2. Corrigez le fichier de profil et réessayez.</translation>
    </message>
    <message>
        <source>&apos;parity&apos; is &apos;%1&apos;; use none, even or odd</source>
        <translation>&apos;parity&apos; vaut &apos;%1&apos;&#xa0;; utilisez none, even ou odd</translation>
    </message>
    <message>
        <source>&apos;flowControl&apos; is &apos;%1&apos;; use none, rts/cts or xon/xoff</source>
        <translation>&apos;flowControl&apos; vaut &apos;%1&apos;&#xa0;; utilisez none, rts/cts ou xon/xoff</translation>
    </message>
    <message>
        <source>each of &apos;textBlocks&apos; needs a &quot;start&quot; pattern, and either a capture group named &quot;delimiter&quot; in it or an &quot;end&quot; pattern</source>
        <translation>chaque entrée de &apos;textBlocks&apos; exige un motif &quot;start&quot; et, soit un groupe de capture nommé &quot;delimiter&quot; dans ce motif, soit un motif &quot;end&quot;</translation>
    </message>
</context>
<context>
    <name>ztp::serial::ConsolePushSession</name>
    <message>
        <source>The push was aborted after %1 of %2 lines.</source>
        <translation>L&apos;envoi a été interrompu après %1 lignes sur %2.</translation>
    </message>
    <message>
        <source>The device rejected the login of user &apos;%1&apos; (it asks &apos;%2&apos; again). Check the user name and the password.</source>
        <translation>L&apos;équipement a refusé la connexion de l&apos;utilisateur &apos;%1&apos; (il redemande &apos;%2&apos;). Vérifiez le nom d&apos;utilisateur et le mot de passe.</translation>
    </message>
    <message>
        <source>The device asks &apos;%1&apos; but no %2 was given. Pass --username, and the password in the ZTPW_CONSOLE_PASSWORD environment variable.</source>
        <extracomment>%1 is the device&apos;s login prompt; %2 is &quot;password&quot; or &quot;user name&quot;.</extracomment>
        <translation>L&apos;équipement demande &apos;%1&apos; mais aucun %2 n&apos;a été fourni. Indiquez --username, et le mot de passe dans la variable d&apos;environnement ZTPW_CONSOLE_PASSWORD.</translation>
    </message>
    <message>
        <source>password</source>
        <translation>mot de passe</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>&apos;%1&apos; did not reach configuration mode; the device answered: %2</source>
        <translation>&apos;%1&apos; n&apos;a pas atteint le mode configuration&#xa0;; l&apos;équipement a répondu&#xa0;: %2</translation>
    </message>
    <message>
        <source>The device rejected &apos;%1&apos;: %2</source>
        <translation>L&apos;équipement a rejeté &apos;%1&apos;&#xa0;: %2</translation>
    </message>
    <message>
        <source>The console did not reach privileged mode (the last prompt was &apos;%1&apos;). Log in by hand once, or check the prompts of console profile &apos;%2&apos;.</source>
        <translation>La console n&apos;a pas atteint le mode privilégié (la dernière invite était &apos;%1&apos;). Connectez-vous une fois manuellement, ou vérifiez les invites du profil de console &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; printed no serial number, so the device cannot be checked against the expected serial number %2. Push without identification (--no-identify) if the cable is on the right device.</source>
        <translation>&apos;%1&apos; n&apos;a affiché aucun numéro de série, l&apos;équipement ne peut donc pas être comparé au numéro de série attendu %2. Envoyez sans identification (--no-identify) si le câble est sur le bon équipement.</translation>
    </message>
    <message>
        <source>The console cable is on the device with serial number %1, not on %2. Move the cable to the right device, or choose the device that has serial number %1.</source>
        <translation>Le câble console est sur l&apos;équipement de numéro de série %1, et non sur %2. Déplacez le câble vers le bon équipement, ou choisissez l&apos;équipement de numéro de série %1.</translation>
    </message>
    <message>
        <source>Line %1 arrived damaged: the device echoed &apos;%2&apos; for &apos;%3&apos;, so characters were lost on the way. Set a character delay or lower the baud rate, and push again.</source>
        <translation>La ligne %1 est arrivée altérée&#xa0;: l&apos;équipement a renvoyé &apos;%2&apos; pour &apos;%3&apos;, des caractères ont donc été perdus en route. Définissez un délai entre caractères ou baissez le débit en bauds, puis renvoyez.</translation>
    </message>
    <message>
        <source>The device rejected line %1 &apos;%2&apos;: %3</source>
        <translation>L&apos;équipement a rejeté la ligne %1 &apos;%2&apos;&#xa0;: %3</translation>
    </message>
    <message>
        <source>No prompt from the device on %1 after %2 tries (last output: &apos;%3&apos;). Check the cable and the baud rate (%4 in console profile &apos;%5&apos;), or detect the baud rate.</source>
        <translation>Aucune invite de l&apos;équipement sur %1 après %2 tentatives (dernière sortie&#xa0;: &apos;%3&apos;). Vérifiez le câble et le débit en bauds (%4 dans le profil de console &apos;%5&apos;), ou détectez le débit.</translation>
    </message>
    <message>
        <source>The device rejected part of the pasted configuration: %1</source>
        <translation>L&apos;équipement a rejeté une partie de la configuration collée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Line %1 &apos;%2&apos; got no prompt back within %3 ms (last output: &apos;%4&apos;). Raise the line timeout if the command is slow.</source>
        <translation>La ligne %1 &apos;%2&apos; n&apos;a reçu aucune invite en retour dans les %3 ms (dernière sortie&#xa0;: &apos;%4&apos;). Augmentez le délai d&apos;attente par ligne si la commande est lente.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; got no prompt back within %2 ms (last output: &apos;%3&apos;).</source>
        <translation>&apos;%1&apos; n&apos;a reçu aucune invite en retour dans les %2 ms (dernière sortie&#xa0;: &apos;%3&apos;).</translation>
    </message>
    <message>
        <source>The console port %1 disconnected during the push (%2) after %3 of %4 lines. Check the cable and push again.</source>
        <translation>Le port console %1 s&apos;est déconnecté pendant l&apos;envoi (%2) après %3 lignes sur %4. Vérifiez le câble et renvoyez.</translation>
    </message>
    <message>
        <source>a line that matches %1</source>
        <translation>une ligne qui correspond à %1</translation>
    </message>
    <message>
        <source>a line that contains &apos;%1&apos;</source>
        <translation>une ligne qui contient &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Line %1 &apos;%2&apos; starts text that no later line ends (the device takes every line after it as text until %3). Add the closing line to the configuration and push again.</source>
        <translation>La ligne %1 &apos;%2&apos; ouvre un texte qu&apos;aucune ligne suivante ne ferme (l&apos;équipement prend chaque ligne suivante comme texte jusqu&apos;à %3). Ajoutez la ligne de fermeture à la configuration et relancez l&apos;envoi.</translation>
    </message>
    <message>
        <source>Line %1 &apos;%2&apos; should make the device wait for lines of text, but it showed its prompt again, so it would run that text as commands. Put the text on one line, or fix the text blocks of console profile &apos;%3&apos;.</source>
        <translation>Après la ligne %1 &apos;%2&apos;, l&apos;équipement devait attendre des lignes de texte, mais il a de nouveau affiché son invite : il exécuterait donc ce texte comme des commandes. Mettez le texte sur une seule ligne, ou corrigez les blocs de texte du profil de console &apos;%3&apos;.</translation>
    </message>
    <message>
        <source>Line %1 &apos;%2&apos; got no echo or request for text back within %3 ms (last output: &apos;%4&apos;). Check the text blocks of console profile &apos;%5&apos;.</source>
        <translation>La ligne %1 &apos;%2&apos; n&apos;a reçu ni écho ni demande de texte en %3 ms (dernière sortie : &apos;%4&apos;). Vérifiez les blocs de texte du profil de console &apos;%5&apos;.</translation>
    </message>
    <message>
        <source>After the console port came back, the console reports serial number %1, not %2 as before, so the cable is now on another device. %3 of %4 lines reached %2: move the cable back and push again.</source>
        <translation>Après le retour du port console, la console indique le numéro de série %1 et non %2 comme avant : le câble est donc sur un autre équipement. %3 lignes sur %4 ont atteint %2 : rebranchez le câble et relancez l&apos;envoi.</translation>
    </message>
    <message>
        <source>The console port %1 disconnected during the push (%2) after %3 of %4 lines and did not come back within %5 s. Check the cable and push again.</source>
        <translation>Le port console %1 s&apos;est déconnecté pendant l&apos;envoi (%2) après %3 lignes sur %4 et n&apos;est pas revenu en %5 s. Vérifiez le câble et relancez l&apos;envoi.</translation>
    </message>
</context>
<context>
    <name>ztp::serial::XmodemSender</name>
    <message>
        <source>XMODEM transfer aborted after %1 of %2 bytes.</source>
        <translation>Transfert XMODEM interrompu après %1 octets sur %2.</translation>
    </message>
    <message>
        <source>The receiver cancelled the XMODEM transfer after %1 of %2 bytes.</source>
        <translation>Le récepteur a annulé le transfert XMODEM après %1 octets sur %2.</translation>
    </message>
    <message>
        <source>NAK for block %1</source>
        <translation>NAK pour le bloc %1</translation>
    </message>
    <message>
        <source>NAK for EOT</source>
        <translation>NAK pour EOT</translation>
    </message>
    <message>
        <source>XMODEM transfer failed after %1 tries (%2) at byte %3 of %4. Check the baud rate and the cable.</source>
        <translation>Échec du transfert XMODEM après %1 tentatives (%2) à l&apos;octet %3 sur %4. Vérifiez le débit en bauds et le câble.</translation>
    </message>
    <message>
        <source>No XMODEM receiver answered within %1 s. Start the receive command on the device (for example &apos;xmodem -c&apos; in ROMMON) before sending.</source>
        <translation>Aucun récepteur XMODEM n&apos;a répondu dans les %1 s. Lancez la commande de réception sur l&apos;équipement (par exemple &apos;xmodem -c&apos; dans ROMMON) avant l&apos;envoi.</translation>
    </message>
    <message>
        <source>timeout</source>
        <extracomment>Reason of an XMODEM block retry: the receiver sent no reply in time.</extracomment>
        <translation>délai dépassé</translation>
    </message>
</context>
<context>
    <name>ztp::storage</name>
    <message>
        <source>Cannot open the history %1: %2</source>
        <translation>Impossible d&apos;ouvrir l&apos;historique %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot read the schema version of %1.</source>
        <translation>Impossible de lire la version du schéma de %1.</translation>
    </message>
    <message>
        <source>The history %1 was written by a newer ZTP Workbench (schema %2, this version reads up to %3); update the application.</source>
        <translation>L&apos;historique %1 a été écrit par une version plus récente de ZTP Workbench (schéma %2, cette version lit jusqu&apos;au schéma %3)&#xa0;; mettez à jour l&apos;application.</translation>
    </message>
    <message>
        <source>Cannot migrate the history %1 to schema version %2; the file is unchanged. Check that it is writable and not in use.</source>
        <translation>Impossible de migrer l&apos;historique %1 vers la version de schéma %2&#xa0;; le fichier n&apos;a pas été modifié. Vérifiez qu&apos;il est accessible en écriture et qu&apos;il n&apos;est pas utilisé.</translation>
    </message>
    <message>
        <source>The backup file %1 already exists; choose a new name.</source>
        <translation>Le fichier de sauvegarde %1 existe déjà&#xa0;; choisissez un nouveau nom.</translation>
    </message>
    <message>
        <source>Cannot back up the history to %1: %2</source>
        <translation>Impossible de sauvegarder l&apos;historique dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The purge date is invalid; give a valid UTC date.</source>
        <translation>La date de purge n&apos;est pas valide&#xa0;; indiquez une date UTC valide.</translation>
    </message>
    <message>
        <source>Cannot purge the history %1: it is locked by another program; try again.</source>
        <translation>Impossible de purger l&apos;historique %1&#xa0;: il est verrouillé par un autre programme&#xa0;; réessayez.</translation>
    </message>
    <message>
        <source>Cannot purge the history %1.</source>
        <translation>Impossible de purger l&apos;historique %1.</translation>
    </message>
    <message>
        <source>The history %1 is damaged: %2</source>
        <translation>L&apos;historique %1 est endommagé&#xa0;: %2</translation>
    </message>
    <message>
        <source>The history %1 is locked by another program. Events are kept in memory and written as soon as it is released; close the program that holds it (a database browser, a backup tool).</source>
        <translation>L&apos;historique %1 est verrouillé par un autre programme. Les événements sont conservés en mémoire et écrits dès qu&apos;il est libéré&#xa0;; fermez le programme qui le bloque (un navigateur de base de données, un outil de sauvegarde).</translation>
    </message>
    <message>
        <source>Cannot write to the history %1: %2. Events are kept in memory and retried.</source>
        <translation>Impossible d&apos;écrire dans l&apos;historique %1&#xa0;: %2. Les événements sont conservés en mémoire et l&apos;écriture sera retentée.</translation>
    </message>
    <message>
        <source>This workspace is in use by another ZTP Workbench (%1, process %2 on %3). Stop that one first, or open another workspace. The lock file is %4.</source>
        <translation>Cet espace de travail est utilisé par une autre instance de ZTP Workbench (%1, processus %2 sur %3). Arrêtez-la d&apos;abord, ou ouvrez un autre espace de travail. Le fichier de verrou est %4.</translation>
    </message>
    <message>
        <source>Cannot create the lock file %1; check that the workspace folder is writable.</source>
        <translation>Impossible de créer le fichier de verrou %1&#xa0;; vérifiez que le dossier de l&apos;espace de travail est accessible en écriture.</translation>
    </message>
    <message>
        <source>Cannot use the history %1: %2. If the file is damaged, move it aside (a new history is created) or put back a copy made with &apos;ztpw history backup&apos;.</source>
        <translation>Impossible d’utiliser l’historique %1&#xa0;: %2. Si le fichier est endommagé, déplacez-le (un nouvel historique est créé) ou restaurez une copie faite avec &apos;ztpw history backup&apos;.</translation>
    </message>
    <message>
        <source>The history %1 is not open.</source>
        <translation>L&apos;historique %1 n&apos;est pas ouvert.</translation>
    </message>
</context>
<context>
    <name>ztp::syslog::SyslogServer</name>
    <message>
        <source>Cannot bind UDP port %1 on %2 for syslog: %3. Stop the other syslog server or set syslog.port in workbench.json.</source>
        <translation>Impossible de lier le port UDP %1 sur %2 pour syslog&#xa0;: %3. Arrêtez l&apos;autre serveur syslog ou définissez syslog.port dans workbench.json.</translation>
    </message>
    <message>
        <source>Cannot bind UDP port %1 on %2 for syslog: %3</source>
        <translation>Impossible de lier le port UDP %1 sur %2 pour syslog&#xa0;: %3</translation>
    </message>
    <message>
        <source>Cannot use the syslog socket on %1: %2</source>
        <translation>Impossible d&apos;utiliser le socket syslog sur %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ztp::templates::RevisionStore</name>
    <message>
        <source>Cannot open %1 for template revisions: %2</source>
        <translation>Impossible d&apos;ouvrir %1 pour les révisions de modèles&#xa0;: %2</translation>
    </message>
    <message>
        <source>Creating the template revision tables</source>
        <translation>Création des tables de révisions de modèles</translation>
    </message>
    <message>
        <source>Saving a revision of %1</source>
        <translation>Enregistrement d&apos;une révision de %1</translation>
    </message>
    <message>
        <source>Reading the revisions of %1</source>
        <translation>Lecture des révisions de %1</translation>
    </message>
    <message>
        <source>Reading revision %1 of %2</source>
        <translation>Lecture de la révision %1 de %2</translation>
    </message>
    <message>
        <source>Saving the configuration rendered for %1</source>
        <translation>Enregistrement de la configuration générée pour %1</translation>
    </message>
    <message>
        <source>Pruning the configurations rendered for %1</source>
        <translation>Nettoyage des configurations générées pour %1</translation>
    </message>
    <message>
        <source>Reading the configuration sent to %1</source>
        <translation>Lecture de la configuration envoyée à %1</translation>
    </message>
    <message>
        <source>%1 failed in the history database: %2; check that history.sqlite is writable and not damaged</source>
        <translation>%1&#xa0;: échec dans la base de données d&apos;historique&#xa0;: %2&#xa0;; vérifiez que history.sqlite est accessible en écriture et n&apos;est pas endommagé</translation>
    </message>
</context>
<context>
    <name>ztp::ui::AssignmentRulesDialog</name>
    <message>
        <source>Serial number</source>
        <translation>Numéro de série</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>Adresse MAC</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Fabricant</translation>
    </message>
    <message>
        <source>Profile</source>
        <extracomment>the vendor profile that matched the device&apos;s DHCP request</extracomment>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Assignment rules</source>
        <translation>Règles d&apos;attribution</translation>
    </message>
    <message>
        <source>Devices that match a rule get its template, image and profile, unless one was assigned to them already. Patterns accept * and ?, for example FOC27* or 00:1c:73:*. Rules are tried from the top; for each target the first matching rule that sets it wins.</source>
        <translation>Les équipements qui correspondent à une règle reçoivent son modèle de configuration, son image et son profil, sauf si un élément de ce type leur a déjà été attribué. Les motifs acceptent * et&#xa0;?, par exemple FOC27* ou 00:1c:73:*. Les règles sont évaluées de haut en bas&#xa0;; pour chaque élément, la première règle correspondante qui le définit l&apos;emporte.</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle de config.</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>Ajouter une règle</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Rule %1 has no pattern. Enter a value or a wildcard such as FOC27*.</source>
        <translation>La règle %1 n&apos;a pas de motif. Saisissez une valeur ou un caractère générique tel que FOC27*.</translation>
    </message>
    <message>
        <source>Rule %1 assigns nothing. Enter a template, an image or a profile.</source>
        <translation>La règle %1 n&apos;attribue rien. Indiquez un modèle de configuration, une image ou un profil.</translation>
    </message>
</context>
<context>
    <name>ztp::ui::BenchPositionsDialog</name>
    <message>
        <source>Bench positions</source>
        <translation>Positions sur le banc</translation>
    </message>
    <message>
        <source>Name the bench position behind each circuit id that the bench switch adds to DHCP requests (option 82). Devices with an unnamed circuit id get the name at once; a renamed position shows from the device&apos;s next request.</source>
        <translation>Nommez la position sur le banc qui correspond à chaque ID de circuit que le switch du banc ajoute aux requêtes DHCP (option 82). Les équipements dont l&apos;ID de circuit n&apos;a pas encore de nom reçoivent le nom immédiatement&#xa0;; une position renommée s&apos;affiche à partir de la requête suivante de l&apos;équipement.</translation>
    </message>
    <message>
        <source>Circuit id</source>
        <translation>ID de circuit</translation>
    </message>
    <message>
        <source>Bench position</source>
        <translation>Position sur le banc</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Row %1 names position &apos;%2&apos; but has no circuit id.</source>
        <translation>La ligne %1 nomme la position &apos;%2&apos; mais n&apos;a pas d&apos;ID de circuit.</translation>
    </message>
    <message>
        <source>Row %1: circuit id &apos;%2&apos; is listed twice; keep one row.</source>
        <translation>Ligne %1&#xa0;: l&apos;ID de circuit &apos;%2&apos; figure deux fois&#xa0;; conservez une seule ligne.</translation>
    </message>
</context>
<context>
    <name>ztp::ui::ConsoleWindow</name>
    <message>
        <source>Console cable</source>
        <translation>Câble console</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>Hex</source>
        <extracomment>Tab title: the received bytes as a hexadecimal dump.</extracomment>
        <translation>Hexa</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connecter</translation>
    </message>
    <message>
        <source>Detect baud rate</source>
        <translation>Détecter le débit</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port&#xa0;:</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profil&#xa0;:</translation>
    </message>
    <message>
        <source>Baud:</source>
        <translation>Bauds&#xa0;:</translation>
    </message>
    <message>
        <source>Local echo</source>
        <translation>Écho local</translation>
    </message>
    <message>
        <source> ms</source>
        <extracomment>Unit suffix of the BREAK duration, in milliseconds; keep the leading space.</extracomment>
        <translation> ms</translation>
    </message>
    <message>
        <source>Send BREAK</source>
        <translation>Envoyer BREAK</translation>
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
        <translation>BREAK pendant</translation>
    </message>
    <message>
        <source>Serial number or MAC of the device on this cable</source>
        <translation>Numéro de série ou adresse MAC de l&apos;équipement sur ce câble</translation>
    </message>
    <message>
        <source>Save on the device</source>
        <translation>Enregistrer sur l&apos;équipement</translation>
    </message>
    <message>
        <source>Push configuration</source>
        <translation>Envoyer la configuration</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Interrompre</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>Équipement&#xa0;:</translation>
    </message>
    <message>
        <source>The port disconnected (%1); waiting for the same adapter to come back.</source>
        <translation>Le port s&apos;est déconnecté (%1)&#xa0;; en attente du retour du même adaptateur.</translation>
    </message>
    <message>
        <source>Reconnected to %1.</source>
        <translation>Reconnecté à %1.</translation>
    </message>
    <message>
        <source>Connected to %1, %2.</source>
        <translation>Connecté à %1, %2.</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Déconnecter</translation>
    </message>
    <message>
        <source>The console reports serial number %1.</source>
        <translation>La console indique le numéro de série %1.</translation>
    </message>
    <message>
        <source>The console answers at %1 baud.</source>
        <translation>La console répond à %1 bauds.</translation>
    </message>
    <message>
        <source>No baud rate gave readable output (best score %1). Check the cable, or press Enter on the device.</source>
        <translation>Aucun débit n&apos;a donné de sortie lisible (meilleur score %1). Vérifiez le câble, ou appuyez sur Entrée sur l&apos;équipement.</translation>
    </message>
    <message>
        <source>Trying the common baud rates...</source>
        <translation>Essai des débits courants...</translation>
    </message>
    <message>
        <source>Cannot render the configuration of %1: %2</source>
        <translation>Impossible de générer la configuration de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Pushing %1 (%2)...</source>
        <translation>Envoi de %1 (%2)...</translation>
    </message>
    <message>
        <source>Pushed %1 lines in %2 s.</source>
        <translation>%1 lignes envoyées en %2 s.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Line %1 was rejected:&lt;/b&gt; &lt;tt&gt;%2&lt;/tt&gt;&lt;pre&gt;%3&lt;/pre&gt;</source>
        <translation>&lt;b&gt;La ligne %1 a été rejetée&#xa0;:&lt;/b&gt; &lt;tt&gt;%2&lt;/tt&gt;&lt;pre&gt;%3&lt;/pre&gt;</translation>
    </message>
</context>
<context>
    <name>ztp::ui::DeviceDetailPanel</name>
    <message>
        <source>MAC address</source>
        <translation>Adresse MAC</translation>
    </message>
    <message>
        <source>Client identifier</source>
        <comment>DHCP option 61</comment>
        <translation>Identifiant client</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Numéro de série</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Fabricant</translation>
    </message>
    <message>
        <source>Hostname</source>
        <translation>Nom d&apos;hôte</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>Adresse IP</translation>
    </message>
    <message>
        <source>Bench position</source>
        <translation>Position sur le banc</translation>
    </message>
    <message>
        <source>IEEE OUI registry</source>
        <translation>Registre OUI de l&apos;IEEE</translation>
    </message>
    <message>
        <source>DHCP</source>
        <translation>DHCP</translation>
    </message>
    <message>
        <source>HTTP headers</source>
        <translation>En-têtes HTTP</translation>
    </message>
    <message>
        <source>Serial console</source>
        <translation>Console série</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Inventaire</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Technicien</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Vu</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Packets</source>
        <translation>Paquets</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>Select a device to see its timeline and packets.</source>
        <translation>Sélectionnez un équipement pour voir sa chronologie et ses paquets.</translation>
    </message>
    <message>
        <source>Last seen %1</source>
        <translation>Dernier contact&#xa0;: %1</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Attribution</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle de config.</translation>
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
        <translation>Heure</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>Reply</source>
        <extracomment>Field name and value in the decoded packet view: the server sent no DHCP reply.</extracomment>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Profile or rule</source>
        <translation>Profil ou règle</translation>
    </message>
    <message>
        <source>Field or option</source>
        <translation>Champ ou option</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Select a message or one of its fields to see its octets.</source>
        <translation>Sélectionnez un message ou l&apos;un de ses champs pour voir ses octets.</translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>no DHCP reply was sent to this request</extracomment>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Matched profile or rule</source>
        <translation>Profil ou règle correspondant</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>The request as decoded and encoded again: the same fields and options, though padding and option splitting may differ from the datagram.</source>
        <translation>La requête telle que décodée puis réencodée&#xa0;: mêmes champs et mêmes options, mais le bourrage et le découpage des options peuvent différer du datagramme.</translation>
    </message>
    <message>
        <source>none sent</source>
        <translation>aucune envoyée</translation>
    </message>
    <message>
        <source>The reply exactly as sent.</source>
        <translation>La réponse exactement telle qu&apos;elle a été envoyée.</translation>
    </message>
    <message numerus="yes">
        <source>%n octets</source>
        <translation>
            <numerusform>%n octet</numerusform>
            <numerusform>%n octets</numerusform>
        </translation>
    </message>
    <message>
        <source>Not decodable</source>
        <translation>Non décodable</translation>
    </message>
</context>
<context>
    <name>ztp::ui::DeviceTableView</name>
    <message>
        <source>Import inventory</source>
        <translation>Importer l&apos;inventaire</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>pasted rows</source>
        <translation>lignes collées</translation>
    </message>
    <message>
        <source>Assign template</source>
        <translation>Attribuer un modèle</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Modèle&#xa0;:</translation>
    </message>
    <message>
        <source>Re-provision</source>
        <translation>Reprovisionner</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Marquer comme terminé</translation>
    </message>
    <message>
        <source>Assign template...</source>
        <translation>Attribuer un modèle...</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Oublier</translation>
    </message>
    <message>
        <source>Export inventory (CSV)...</source>
        <translation>Exporter l&apos;inventaire (CSV)...</translation>
    </message>
    <message>
        <source>Filter &apos;%1&apos;...</source>
        <translation>Filtrer &apos;%1&apos;...</translation>
    </message>
    <message>
        <source>Filter column</source>
        <translation>Filtrer la colonne</translation>
    </message>
    <message>
        <source>Show rows whose %1 contains:</source>
        <translation>Afficher les lignes dont la colonne %1 contient&#xa0;:</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Effacer tous les filtres</translation>
    </message>
    <message>
        <source>Export inventory</source>
        <translation>Exporter l&apos;inventaire</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Assignment rules...</source>
        <translation>Règles d&apos;attribution...</translation>
    </message>
    <message>
        <source>Bench positions...</source>
        <translation>Positions sur le banc...</translation>
    </message>
    <message>
        <source>Forget devices</source>
        <translation>Oublier des équipements</translation>
    </message>
    <message numerus="yes">
        <source>Forget %n device(s)? Their records and their events in the history are deleted; a device that sends a request again starts as a new one.</source>
        <extracomment>%n is the number of devices</extracomment>
        <translation>
            <numerusform>Oublier %n équipement&#xa0;? Sa fiche et ses événements dans l&apos;historique sont supprimés&#xa0;; s&apos;il renvoie une requête, il repart comme un nouvel équipement.</numerusform>
            <numerusform>Oublier %n équipements&#xa0;? Leurs fiches et leurs événements dans l&apos;historique sont supprimés&#xa0;; un équipement qui renvoie une requête repart comme un nouvel équipement.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ztp::ui::ExportDialog</name>
    <message>
        <source>Export report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>PDF report</source>
        <translation>Rapport PDF</translation>
    </message>
    <message>
        <source>HTML report</source>
        <translation>Rapport HTML</translation>
    </message>
    <message>
        <source>CSV table</source>
        <translation>Tableau CSV</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Signed evidence pack (folder)</source>
        <translation>Paquet de preuves signé (dossier)</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Parcourir...</translation>
    </message>
    <message numerus="yes">
        <source>Only the %n selected device(s)</source>
        <translation>
            <numerusform>Uniquement le %n équipement sélectionné</numerusform>
            <numerusform>Uniquement les %n équipements sélectionnés</numerusform>
        </translation>
    </message>
    <message>
        <source>From (UTC)</source>
        <translation>Du (UTC)</translation>
    </message>
    <message>
        <source>To (UTC)</source>
        <translation>Au (UTC)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>To</source>
        <extracomment>Form label of the output file or folder the report is written to.</extracomment>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Site</source>
        <extracomment>Form label: the staging site printed on the report.</extracomment>
        <translation>Site</translation>
    </message>
    <message>
        <source>Job</source>
        <extracomment>Form label: the job or order number printed on the report.</extracomment>
        <translation>Intervention</translation>
    </message>
    <message>
        <source>Time</source>
        <extracomment>Form label of the time range of events the report covers.</extracomment>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Technicien</translation>
    </message>
    <message>
        <source>Empty folder for the evidence pack</source>
        <translation>Dossier vide pour le paquet de preuves</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>Fichiers %1 (*.%2)</translation>
    </message>
    <message>
        <source>Choose where to write the export.</source>
        <translation>Choisissez où écrire l&apos;export.</translation>
    </message>
    <message>
        <source>No workspace is open; open one with File &gt; Open workspace.</source>
        <translation>Aucun espace de travail n&apos;est ouvert&#xa0;; ouvrez-en un avec Fichier &gt; Ouvrir un espace de travail.</translation>
    </message>
    <message>
        <source>The device has no record in the history, so its configuration cannot be rendered.</source>
        <translation>L&apos;équipement n&apos;a aucun enregistrement dans l&apos;historique, sa configuration ne peut donc pas être générée.</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n device(s)...</source>
        <translation>
            <numerusform>Export de %n équipement...</numerusform>
            <numerusform>Export de %n équipements...</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n device(s) to %1.</source>
        <translation>
            <numerusform>%n équipement exporté vers %1.</numerusform>
            <numerusform>%n équipements exportés vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Configurations left out of the pack:
%1</source>
        <translation>Configurations exclues du paquet&#xa0;:
%1</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Export terminé</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;export</translation>
    </message>
</context>
<context>
    <name>ztp::ui::HistoryActions</name>
    <message>
        <source>Search history...</source>
        <translation>Rechercher dans l&apos;historique...</translation>
    </message>
    <message>
        <source>Export report...</source>
        <translation>Exporter un rapport...</translation>
    </message>
    <message>
        <source>Back up history...</source>
        <translation>Sauvegarder l&apos;historique...</translation>
    </message>
    <message>
        <source>Purge old history...</source>
        <translation>Purger l&apos;ancien historique...</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>No workspace is open; open one with File &gt; Open workspace.</source>
        <translation>Aucun espace de travail n&apos;est ouvert&#xa0;; ouvrez-en un avec Fichier &gt; Ouvrir un espace de travail.</translation>
    </message>
    <message>
        <source>Deleted %1 events and %2 devices older than %3 days.</source>
        <translation>%1 événements et %2 équipements de plus de %3 jours ont été supprimés.</translation>
    </message>
    <message>
        <source>Back up history</source>
        <translation>Sauvegarder l&apos;historique</translation>
    </message>
    <message>
        <source>SQLite files (*.sqlite)</source>
        <translation>Fichiers SQLite (*.sqlite)</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Échec de la sauvegarde</translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation>Impossible de remplacer %1.</translation>
    </message>
    <message>
        <source>Backup written</source>
        <translation>Sauvegarde écrite</translation>
    </message>
    <message>
        <source>The history was copied to %1.</source>
        <translation>L&apos;historique a été copié dans %1.</translation>
    </message>
    <message>
        <source>Purge old history</source>
        <translation>Purger l&apos;ancien historique</translation>
    </message>
    <message>
        <source>Delete events and devices last seen more than this many days ago. Back up the history first if the customer may ask for them.</source>
        <translation>Supprimer les événements et les équipements vus pour la dernière fois il y a plus de ce nombre de jours. Sauvegardez d&apos;abord l&apos;historique si le client risque de les demander.</translation>
    </message>
    <message>
        <source>Purge failed</source>
        <translation>Échec de la purge</translation>
    </message>
    <message>
        <source>History purged</source>
        <translation>Historique purgé</translation>
    </message>
</context>
<context>
    <name>ztp::ui::HistoryDialog</name>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>MAC, e.g. 00:1c:73:1a:2b:3c</source>
        <translation>MAC, p. ex. 00:1c:73:1a:2b:3c</translation>
    </message>
    <message>
        <source>Text in the summary or details</source>
        <translation>Texte du résumé ou des détails</translation>
    </message>
    <message>
        <source>From (UTC)</source>
        <translation>Du (UTC)</translation>
    </message>
    <message>
        <source>To (UTC)</source>
        <translation>Au (UTC)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Équipement</translation>
    </message>
    <message>
        <source>Kind</source>
        <extracomment>Filter label: the kind of history event (lease, transfer, console session...).</extracomment>
        <translation>Type</translation>
    </message>
    <message>
        <source>Text</source>
        <extracomment>Filter label: text searched for in the events.</extracomment>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Select an event to see its device&apos;s timeline.</source>
        <translation>Sélectionnez un événement pour voir la chronologie de son équipement.</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Heure (UTC)</translation>
    </message>
    <message>
        <source>Since first event</source>
        <translation>Depuis le premier événement</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>The first %1 events; narrow the search to see the rest.</source>
        <translation>Les %1 premiers événements&#xa0;; affinez la recherche pour voir les autres.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n événement</numerusform>
            <numerusform>%n événements</numerusform>
        </translation>
    </message>
    <message>
        <source>This event belongs to the bench, not to one device.</source>
        <translation>Cet événement concerne le banc, pas un équipement en particulier.</translation>
    </message>
    <message numerus="yes">
        <source>Timeline of %1: %n event(s)</source>
        <translation>
            <numerusform>Chronologie de %1&#xa0;: %n événement</numerusform>
            <numerusform>Chronologie de %1&#xa0;: %n événements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ztp::ui::InventoryImportDialog</name>
    <message>
        <source>Import inventory: %1</source>
        <translation>Importer l&apos;inventaire&#xa0;: %1</translation>
    </message>
    <message>
        <source>The first row holds column names</source>
        <translation>La première ligne contient les noms de colonnes</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Choose what each column is. Keys are the MAC address and the serial number; every other column becomes a template variable.</source>
        <translation>Choisissez la signification de chaque colonne. Les clés sont l&apos;adresse MAC et le numéro de série&#xa0;; toutes les autres colonnes deviennent des variables de modèle.</translation>
    </message>
    <message>
        <source>Problems (nothing is imported until there are none):</source>
        <translation>Problèmes (rien n&apos;est importé tant qu&apos;il en reste)&#xa0;:</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(ignorer)</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>Adresse MAC</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Numéro de série</translation>
    </message>
    <message>
        <source>Hostname</source>
        <translation>Nom d&apos;hôte</translation>
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
        <translation>Démarrer les services</translation>
    </message>
    <message>
        <source>Start or stop DHCP and TFTP on the chosen interface</source>
        <translation>Démarrer ou arrêter DHCP et TFTP sur l&apos;interface choisie</translation>
    </message>
    <message>
        <source>Refresh interfaces</source>
        <translation>Actualiser les interfaces</translation>
    </message>
    <message>
        <source>Console cable...</source>
        <translation>Câble console...</translation>
    </message>
    <message>
        <source>Open a serial console and push a configuration over it</source>
        <translation>Ouvrir une console série et y envoyer une configuration</translation>
    </message>
    <message>
        <source>Export report (CSV)...</source>
        <translation>Exporter un rapport (CSV)...</translation>
    </message>
    <message>
        <source>Open workspace...</source>
        <translation>Ouvrir un espace de travail...</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>About ZTP Workbench</source>
        <translation>À propos de ZTP Workbench</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Bench</source>
        <translation>&amp;Banc</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Bench</source>
        <translation>Banc</translation>
    </message>
    <message>
        <source>Interface:</source>
        <translation>Interface&#xa0;:</translation>
    </message>
    <message>
        <source>The servers answer on this interface only. Choose the one cabled to the devices, never the office network.</source>
        <translation>Les serveurs répondent uniquement sur cette interface. Choisissez celle qui est câblée aux équipements, jamais le réseau du bureau.</translation>
    </message>
    <message>
        <source>Search devices by MAC, hostname, serial, IP...</source>
        <translation>Rechercher des équipements par MAC, nom d&apos;hôte, numéro de série, IP...</translation>
    </message>
    <message>
        <source>Scan a serial number or MAC to select its device</source>
        <translation>Scannez un numéro de série ou une adresse MAC pour sélectionner l&apos;équipement correspondant</translation>
    </message>
    <message>
        <source>No device has the serial number or MAC %1.</source>
        <translation>Aucun équipement n&apos;a le numéro de série ou l&apos;adresse MAC %1.</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>ZTP Workbench %1
Zero-touch provisioning for a staging bench.</source>
        <translation>ZTP Workbench %1
Provisionnement zero-touch pour un banc de préconfiguration.</translation>
    </message>
    <message>
        <source>Choose an interface...</source>
        <translation>Choisir une interface...</translation>
    </message>
    <message>
        <source>no IPv4 address</source>
        <translation>pas d&apos;adresse IPv4</translation>
    </message>
    <message>
        <source> (down)</source>
        <translation> (inactive)</translation>
    </message>
    <message>
        <source>Choose an interface</source>
        <translation>Choisir une interface</translation>
    </message>
    <message>
        <source>Choose the network interface that is cabled to the devices first. The servers answer on that interface only.</source>
        <translation>Choisissez d&apos;abord l&apos;interface réseau câblée aux équipements. Les serveurs répondent uniquement sur cette interface.</translation>
    </message>
    <message>
        <source>Cannot start the services</source>
        <translation>Impossible de démarrer les services</translation>
    </message>
    <message>
        <source>Stop services</source>
        <translation>Arrêter les services</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Serving on %1 as %2, pool %3 - %4. Workspace: %5</source>
        <translation>En service sur %1 en tant que %2, plage %3 - %4. Espace de travail&#xa0;: %5</translation>
    </message>
    <message>
        <source>Stopped. Workspace: %1</source>
        <translation>Arrêté. Espace de travail&#xa0;: %1</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;export</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Rapport écrit dans %1</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Show template editor</source>
        <translation>Afficher l&apos;éditeur de modèles</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Ouvrir un espace de travail</translation>
    </message>
    <message>
        <source>Cannot open the workspace</source>
        <translation>Impossible d&apos;ouvrir l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Workspace in use</source>
        <translation>Espace de travail utilisé</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>System language</source>
        <extracomment>Language menu entry: use the operating system&apos;s language.</extracomment>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>ZTP Workbench shows the new language the next time it starts.</source>
        <translation>ZTP Workbench affichera la nouvelle langue au prochain démarrage.</translation>
    </message>
    <message>
        <source>Export DHCP options...</source>
        <translation>Exporter les options DHCP...</translation>
    </message>
    <message>
        <source>Show the vendor profiles&apos; DHCP options as configuration for ISC dhcpd, Kea, dnsmasq or a Cisco IOS pool</source>
        <translation>Afficher les options DHCP des profils fabricants sous forme de configuration pour ISC dhcpd, Kea, dnsmasq ou un pool DHCP Cisco IOS</translation>
    </message>
    <message>
        <source>Server certificate...</source>
        <translation>Certificat du serveur...</translation>
    </message>
    <message>
        <source>Show the HTTPS certificate&apos;s fingerprint, to pin it on devices</source>
        <translation>Afficher l&apos;empreinte du certificat HTTPS, pour l&apos;épingler sur les équipements</translation>
    </message>
    <message>
        <source>Assignment rules...</source>
        <translation>Règles d&apos;attribution...</translation>
    </message>
    <message>
        <source>Bench positions...</source>
        <translation>Positions sur le banc...</translation>
    </message>
</context>
<context>
    <name>ztp::ui::OptionExportDialog</name>
    <message>
        <source>Export DHCP options</source>
        <translation>Exporter les options DHCP</translation>
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
        <translation>Pool DHCP Cisco IOS</translation>
    </message>
    <message>
        <source>IPv4 address, such as 192.0.2.1</source>
        <translation>Adresse IPv4, par exemple 192.0.2.1</translation>
    </message>
    <message>
        <source>Written where a profile uses {server} or {tftp}: the address the devices reach the TFTP or HTTP server at in production.</source>
        <translation>Insérée là où un profil utilise {server} ou {tftp}&#xa0;: l&apos;adresse à laquelle les équipements joignent le serveur TFTP ou HTTP en production.</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format&#xa0;:</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profil&#xa0;:</translation>
    </message>
    <message>
        <source>Server address:</source>
        <extracomment>The address substituted for {server} in exported DHCP options.</extracomment>
        <translation>Adresse du serveur&#xa0;:</translation>
    </message>
    <message>
        <source>Copy</source>
        <extracomment>Copies the exported DHCP configuration to the clipboard.</extracomment>
        <translation>Copier</translation>
    </message>
    <message>
        <source>All profiles</source>
        <translation>Tous les profils</translation>
    </message>
    <message>
        <source>Enter the server address: %1</source>
        <translation>Saisissez l&apos;adresse du serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot export: %1</source>
        <translation>Impossible d&apos;exporter&#xa0;: %1</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Ignoré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ztp::ui::RogueServerBanner</name>
    <message>
        <source>Dismiss</source>
        <extracomment>Closes the rogue DHCP server warning bar.</extracomment>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>unknown MAC</source>
        <translation>MAC inconnue</translation>
    </message>
    <message>
        <source>%1 (MAC %2) answers on %3 and offered %4.</source>
        <translation>%1 (MAC %2) répond sur %3 et a proposé %4.</translation>
    </message>
    <message>
        <source>Another DHCP server is on the bench network!</source>
        <translation>Un autre serveur DHCP est présent sur le réseau du banc&#xa0;!</translation>
    </message>
    <message>
        <source>%1 other DHCP servers are on the bench network!</source>
        <translation>%1 autres serveurs DHCP sont présents sur le réseau du banc&#xa0;!</translation>
    </message>
    <message>
        <source>Devices may take their address from it and miss their configuration. Disconnect it or move the bench to its own segment.</source>
        <translation>Les équipements risquent de prendre leur adresse auprès de lui et de ne pas recevoir leur configuration. Déconnectez-le ou placez le banc sur son propre segment.</translation>
    </message>
</context>
<context>
    <name>ztp::ui::ServerCertificateDialog</name>
    <message>
        <source>Server certificate</source>
        <translation>Certificat du serveur</translation>
    </message>
    <message>
        <source>Devices that pin the HTTPS server certificate need one of these values. The CA certificate in %1 works for devices that take a trust store instead.</source>
        <translation>Les équipements qui épinglent le certificat du serveur HTTPS ont besoin de l&apos;une de ces valeurs. Le certificat de CA dans %1 convient aux équipements qui utilisent plutôt un magasin de confiance.</translation>
    </message>
    <message>
        <source>Copy</source>
        <extracomment>Button that copies a certificate fingerprint or key pin to the clipboard.</extracomment>
        <translation>Copier</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>Empreinte SHA-256&#xa0;:</translation>
    </message>
    <message>
        <source>Public key pin:</source>
        <translation>Pin de clé publique&#xa0;:</translation>
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
        <translation>Respecter la casse</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Remplacer par</translation>
    </message>
    <message>
        <source>Next</source>
        <extracomment>Button: find the next match.</extracomment>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Previous</source>
        <extracomment>Button: find the previous match.</extracomment>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <source>Replace all</source>
        <translation>Tout remplacer</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>Wrapped</source>
        <extracomment>Search status: the search went past the end and continued from the start.</extracomment>
        <translation>Recherche reprise au début</translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n occurrence remplacée</numerusform>
            <numerusform>%n occurrences remplacées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ztp::ui::editor::TemplateEditorWidget</name>
    <message>
        <source>New...</source>
        <translation>Nouveau...</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Check all devices</source>
        <translation>Vérifier tous les équipements</translation>
    </message>
    <message>
        <source>Save the template and record the revision (Ctrl+S)</source>
        <translation>Enregistrer le modèle et consigner la révision (Ctrl+S)</translation>
    </message>
    <message>
        <source>List the variables each device is missing and any syntax error</source>
        <translation>Lister les variables manquantes de chaque équipement et toute erreur de syntaxe</translation>
    </message>
    <message>
        <source>Show secrets</source>
        <translation>Afficher les secrets</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Équipement</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Missing variables</source>
        <translation>Variables manquantes</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Diff with last sent</source>
        <translation>Différences avec le dernier envoi</translation>
    </message>
    <message>
        <source>Lint</source>
        <extracomment>Tab title: the check of every device for missing variables and template errors.</extracomment>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Assigned %1 to %2</source>
        <translation>%1 attribué à %2</translation>
    </message>
    <message>
        <source>Unsaved template</source>
        <translation>Modèle non enregistré</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Discard them?</source>
        <translation>%1 contient des modifications non enregistrées. Les abandonner&#xa0;?</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Open or create a template before saving.</source>
        <translation>Ouvrez ou créez un modèle avant d&apos;enregistrer.</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>Impossible d&apos;enregistrer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Saved %1, revision %2</source>
        <translation>%1 enregistré, révision %2</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Nouveau modèle</translation>
    </message>
    <message>
        <source>Name, relative to templates/ (for example leaf.j2):</source>
        <translation>Nom, relatif à templates/ (par exemple leaf.j2)&#xa0;:</translation>
    </message>
    <message>
        <source>&apos;%1&apos; leaves the templates folder; give a name inside it.</source>
        <translation>&apos;%1&apos; sort du dossier des modèles&#xa0;; indiquez un nom situé à l&apos;intérieur.</translation>
    </message>
    <message>
        <source>%1 already exists; pick it from the list.</source>
        <translation>%1 existe déjà&#xa0;; choisissez-le dans la liste.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Impossible de créer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 was removed or cannot be read; save to write it again.</source>
        <translation>%1 a été supprimé ou ne peut pas être lu&#xa0;; enregistrez pour l&apos;écrire de nouveau.</translation>
    </message>
    <message>
        <source>%1 changed on disk; saving will overwrite that change.</source>
        <translation>%1 a été modifié sur le disque&#xa0;; l&apos;enregistrement écrasera cette modification.</translation>
    </message>
    <message>
        <source>Reloaded %1, which changed outside the editor.</source>
        <translation>%1 rechargé, car il a été modifié hors de l&apos;éditeur.</translation>
    </message>
    <message>
        <source>Select a device in the table to preview the template for it.</source>
        <translation>Sélectionnez un équipement dans le tableau pour afficher l&apos;aperçu du modèle le concernant.</translation>
    </message>
    <message>
        <source>%1 rendered for %2 %3</source>
        <translation>%1 généré pour %2 %3</translation>
    </message>
    <message>
        <source>Cannot render: %1</source>
        <translation>Génération impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>No configuration has been sent to %1 yet.</source>
        <translation>Aucune configuration n&apos;a encore été envoyée à %1.</translation>
    </message>
    <message>
        <source>The configuration sent to %1 (SHA-256 %2) is not stored, so there is nothing to compare with.</source>
        <translation>La configuration envoyée à %1 (SHA-256 %2) n&apos;est pas stockée, il n&apos;y a donc rien à comparer.</translation>
    </message>
    <message>
        <source>%1 devices checked, %2 with problems</source>
        <translation>%1 équipements vérifiés, %2 avec des problèmes</translation>
    </message>
</context>
<context>
    <name>ztp::ui::editor::TemplateListWidget</name>
    <message>
        <source>Drag a template onto device rows to assign it</source>
        <translation>Faites glisser un modèle sur des lignes d&apos;équipements pour l&apos;attribuer</translation>
    </message>
</context>
<context>
    <name>ztp::ui::editor::VariablePalette</name>
    <message>
        <source>Drag a variable into the template to insert {{ name }}</source>
        <translation>Faites glisser une variable dans le modèle pour insérer {{ name }}</translation>
    </message>
    <message>
        <source>Built-in</source>
        <extracomment>Group title: variables the application provides for every device (hostname, mac, ip...).</extracomment>
        <translation>Intégrées</translation>
    </message>
    <message>
        <source>Inventory columns</source>
        <translation>Colonnes d&apos;inventaire</translation>
    </message>
    <message>
        <source>variables.json</source>
        <translation>variables.json</translation>
    </message>
    <message>
        <source>%1 (secret)</source>
        <translation>%1 (secret)</translation>
    </message>
</context>
<context>
    <name>ztp::workspace</name>
    <message>
        <source>line %1: a quoted field is not closed; add the closing double quote</source>
        <translation>ligne %1&#xa0;: un champ entre guillemets n&apos;est pas fermé&#xa0;; ajoutez le guillemet double fermant</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text; save it from the spreadsheet as &quot;CSV UTF-8&quot; and import it again</source>
        <translation>le fichier n’est pas du texte UTF-8&#xa0;; enregistrez-le depuis le tableur au format &quot;CSV UTF-8&quot; et importez-le à nouveau</translation>
    </message>
</context>
<context>
    <name>ztp::workspace::Inventory</name>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1&#xa0;: lecture impossible&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: cannot write: %2; check the directory&apos;s permissions and free space</source>
        <translation>%1&#xa0;: écriture impossible&#xa0;: %2&#xa0;; vérifiez les permissions et l&apos;espace libre du répertoire</translation>
    </message>
    <message>
        <source>header &apos;%1&apos; is not a valid variable name; use letters, digits and underscores</source>
        <translation>l&apos;en-tête &apos;%1&apos; n&apos;est pas un nom de variable valide&#xa0;; utilisez des lettres, des chiffres et des traits de soulignement</translation>
    </message>
    <message>
        <source>column %1 maps to &apos;%2&apos; like column %3; rename or ignore one of them</source>
        <translation>la colonne %1 correspond à &apos;%2&apos; comme la colonne %3&#xa0;; renommez ou ignorez l&apos;une d&apos;elles</translation>
    </message>
    <message>
        <source>the header has neither a &apos;mac&apos; nor a &apos;serial&apos; column; add one so devices can be matched</source>
        <translation>l&apos;en-tête n&apos;a ni colonne &apos;mac&apos; ni colonne &apos;serial&apos;&#xa0;; ajoutez-en une pour que les équipements puissent être identifiés</translation>
    </message>
    <message>
        <source>%1 is already on line %2</source>
        <translation>%1 figure déjà à la ligne %2</translation>
    </message>
    <message>
        <source>line %1, column &apos;%2&apos;: %3</source>
        <translation>ligne %1, colonne &apos;%2&apos;&#xa0;: %3</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>ligne %1, colonne %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the file is empty; add a header row with at least a mac or serial column</source>
        <translation>le fichier est vide&#xa0;; ajoutez une ligne d&apos;en-tête avec au moins une colonne mac ou serial</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Colonne %1</translation>
    </message>
    <message>
        <source>%1 fields but the header has %2; quote fields that contain the delimiter</source>
        <translation>%1 champs alors que l&apos;en-tête en a %2&#xa0;; mettez entre guillemets les champs qui contiennent le délimiteur</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a MAC address; write it as 00:1c:73:1a:2b:3c</source>
        <translation>&apos;%1&apos; n&apos;est pas une adresse MAC&#xa0;; écrivez-la sous la forme 00:1c:73:1a:2b:3c</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a multicast, broadcast or zero address, not a device&apos;s MAC address</source>
        <translation>&apos;%1&apos; est une adresse multicast, de diffusion ou nulle, pas l&apos;adresse MAC d&apos;un équipement</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IPv4 address; write it as 10.0.0.23 or leave it empty</source>
        <translation>&apos;%1&apos; n&apos;est pas une adresse IPv4&#xa0;; écrivez-la sous la forme 10.0.0.23 ou laissez le champ vide</translation>
    </message>
    <message>
        <source>the row has neither a MAC address nor a serial number</source>
        <translation>la ligne n&apos;a ni adresse MAC ni numéro de série</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is already on line %3</source>
        <translation>%1 &apos;%2&apos; figure déjà à la ligne %3</translation>
    </message>
    <message>
        <source>the value contains a line break or another control character; keep it on one line</source>
        <translation>la valeur contient un saut de ligne ou un autre caractère de contrôle&#xa0;; gardez-la sur une seule ligne</translation>
    </message>
    <message>
        <source>the value contains a NUL character; remove it</source>
        <translation>la valeur contient un caractère NUL&#xa0;; supprimez-le</translation>
    </message>
</context>
<context>
    <name>ztp::workspace::VariableResolver</name>
    <message>
        <source>%1:%2:%3: invalid JSON: %4; fix the file or remove it</source>
        <translation>%1:%2:%3&#xa0;: JSON non valide&#xa0;: %4&#xa0;; corrigez le fichier ou supprimez-le</translation>
    </message>
    <message>
        <source>%1: the file must contain one JSON object of variable names and values, for example {&quot;ntp_server&quot;: &quot;10.0.0.1&quot;}</source>
        <translation>%1&#xa0;: le fichier doit contenir un seul objet JSON de noms et de valeurs de variables, par exemple {&quot;ntp_server&quot;: &quot;10.0.0.1&quot;}</translation>
    </message>
    <message>
        <source>%1: &quot;$secrets&quot; must be a list of variable names, for example [&quot;enable_secret&quot;]</source>
        <translation>%1&#xa0;: &quot;$secrets&quot; doit être une liste de noms de variables, par exemple [&quot;enable_secret&quot;]</translation>
    </message>
    <message>
        <source>%1: &quot;$secrets&quot; contains %2, which is not a variable name; list names as strings</source>
        <translation>%1&#xa0;: &quot;$secrets&quot; contient %2, qui n&apos;est pas un nom de variable&#xa0;; indiquez les noms sous forme de chaînes</translation>
    </message>
    <message>
        <source>Cannot read %1: %2; check its permissions</source>
        <translation>Impossible de lire %1&#xa0;: %2&#xa0;; vérifiez ses permissions</translation>
    </message>
    <message>
        <source>Several variable files match device %1 (serial %2): %3; merge them into one and delete the others</source>
        <translation>Plusieurs fichiers de variables correspondent à l&apos;équipement %1 (numéro de série %2)&#xa0;: %3&#xa0;; fusionnez-les en un seul et supprimez les autres</translation>
    </message>
</context>
<context>
    <name>ztp::workspace::Workspace</name>
    <message>
        <source>%1: line %2: invalid JSON: %3</source>
        <translation>%1&#xa0;: ligne %2&#xa0;: JSON non valide&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1: line 1: the file must hold a JSON object</source>
        <translation>%1&#xa0;: ligne 1&#xa0;: le fichier doit contenir un objet JSON</translation>
    </message>
    <message>
        <source>%1: line %2, key &apos;%3&apos;: %4</source>
        <translation>%1&#xa0;: ligne %2, clé &apos;%3&apos;&#xa0;: %4</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>chaîne attendue</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IPv4 address; write it as 10.0.0.1 or leave it empty to derive it from the interface</source>
        <translation>&apos;%1&apos; n&apos;est pas une adresse IPv4&#xa0;; écrivez-la sous la forme 10.0.0.1 ou laissez le champ vide pour la déduire de l&apos;interface</translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2</source>
        <translation>nombre entier de %1 à %2 attendu</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>objet attendu</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true ou false attendu</translation>
    </message>
    <message>
        <source>expected a list of addresses</source>
        <translation>liste d&apos;adresses attendue</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IPv4 address</source>
        <translation>&apos;%1&apos; n&apos;est pas une adresse IPv4</translation>
    </message>
    <message>
        <source>the boot file name has %1 octets; use at most 127 so it fits the DHCP file field and option 67</source>
        <translation>le nom du fichier de démarrage fait %1 octets&#xa0;; utilisez-en au plus 127 pour qu&apos;il tienne dans le champ file DHCP et dans l&apos;option 67</translation>
    </message>
    <message>
        <source>set both ends of the pool, or neither to derive it from the interface</source>
        <translation>définissez les deux bornes de la plage, ou aucune pour la déduire de l&apos;interface</translation>
    </message>
    <message>
        <source>the pool ends at %1, before it starts at %2</source>
        <translation>la plage se termine à %1, avant son début à %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1; check that you may write there.</source>
        <translation>Impossible de créer le dossier %1&#xa0;; vérifiez que vous avez le droit d&apos;y écrire.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: cannot read (%2); create a workspace with &apos;ztpw init %3&apos;</source>
        <translation>%1&#xa0;: lecture impossible (%2)&#xa0;; créez un espace de travail avec &apos;ztpw init %3&apos;</translation>
    </message>
    <message>
        <source>unknown key; did you mean &apos;%1&apos;?</source>
        <translation>clé inconnue&#xa0;; vouliez-vous dire &apos;%1&apos;&#xa0;?</translation>
    </message>
    <message>
        <source>unknown key; the known keys here are %1</source>
        <translation>clé inconnue&#xa0;; les clés connues ici sont %1</translation>
    </message>
    <message>
        <source>set both ends of the transfer port range, or neither to let the system pick the ports</source>
        <translation>indiquez les deux bornes de la plage de ports de transfert, ou aucune pour laisser le système choisir les ports</translation>
    </message>
    <message>
        <source>the transfer port range ends at %1, before it starts at %2</source>
        <translation>la plage de ports de transfert se termine à %1, avant de commencer à %2</translation>
    </message>
</context>
</TS>
