<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>main</name>
    <message>
        <source>Zero-touch provisioning bench for network devices.</source>
        <translation>Banco de aprovisionamiento zero-touch para dispositivos de red.</translation>
    </message>
    <message>
        <source>Workspace folder; by default one in the user&apos;s data folder, created on first start.</source>
        <translation>Carpeta del espacio de trabajo; por defecto, una en la carpeta de datos del usuario, creada en el primer inicio.</translation>
    </message>
    <message>
        <source>Preselect the network interface that faces the devices.</source>
        <translation>Preseleccionar la interfaz de red orientada a los dispositivos.</translation>
    </message>
    <message>
        <source>Start the services at once on the interface given with --interface.</source>
        <translation>Iniciar los servicios de inmediato en la interfaz indicada con --interface.</translation>
    </message>
    <message>
        <source>--start needs --interface: the services start only on an interface you name.
</source>
        <translation>--start requiere --interface: los servicios solo se inician en una interfaz que usted indique.
</translation>
    </message>
    <message>
        <source>Cannot open the workspace</source>
        <translation>No se puede abrir el espacio de trabajo</translation>
    </message>
    <message>
        <source>User interface language for this run, for example de or pt_BR; en shows the English texts.</source>
        <translation>Idioma de la interfaz para esta ejecución, por ejemplo de o pt_BR; en muestra los textos en inglés.</translation>
    </message>
    <message>
        <source>Unknown language &apos;%1&apos;. Use one of: %2.
</source>
        <translation>Idioma desconocido &apos;%1&apos;. Use uno de: %2.
</translation>
    </message>
</context>
<context>
    <name>ztp</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>ztp::bench::BenchService</name>
    <message>
        <source>No workspace is open.</source>
        <translation>No hay ningún espacio de trabajo abierto.</translation>
    </message>
    <message>
        <source>Choose the network interface that faces the devices before starting.</source>
        <translation>Elija la interfaz de red orientada a los dispositivos antes de iniciar.</translation>
    </message>
    <message>
        <source>Network interface &apos;%1&apos; does not exist. Pick one from the list of interfaces (&apos;ip link&apos; shows them).</source>
        <translation>La interfaz de red &apos;%1&apos; no existe. Elija una de la lista de interfaces (&apos;ip link&apos; las muestra).</translation>
    </message>
    <message>
        <source>%1: line %2, column &apos;ip&apos;: &apos;%3&apos; is not a free IPv4 address in the subnet of %4; correct it or leave it empty for a pool address.</source>
        <translation>%1: línea %2, columna &apos;ip&apos;: &apos;%3&apos; no es una dirección IPv4 libre en la subred de %4; corríjala o déjela vacía para usar una dirección del rango.</translation>
    </message>
    <message>
        <source>No device with MAC %1 is known; wait until it has sent a DHCP request, then assign the template again.</source>
        <translation>No se conoce ningún dispositivo con la MAC %1; espere a que haya enviado una solicitud DHCP y vuelva a asignar la plantilla.</translation>
    </message>
    <message>
        <source>Template %1 is not in %2; save it there first.</source>
        <translation>La plantilla %1 no está en %2; guárdela allí primero.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocida</translation>
    </message>
    <message>
        <source>Another DHCP server, %1, answers on %2 and offered %3; its MAC address is %4. Devices may take their address from it: disconnect it or move the bench to its own segment.</source>
        <translation>Otro servidor DHCP, %1, responde en %2 y ha ofrecido %3; su dirección MAC es %4. Los dispositivos pueden tomar su dirección de él: desconéctelo o traslade el banco a su propio segmento.</translation>
    </message>
</context>
<context>
    <name>ztp::bench::NetworkPlan</name>
    <message>
        <source>Interface %1 is the loopback interface; choose the interface that is cabled to the devices.</source>
        <translation>La interfaz %1 es la interfaz de loopback; elija la interfaz cableada a los dispositivos.</translation>
    </message>
    <message>
        <source>Interface %1 has no IPv4 address. Give it a static address (for example 10.0.0.1/24) and start again.</source>
        <translation>La interfaz %1 no tiene dirección IPv4. Asígnele una dirección estática (por ejemplo, 10.0.0.1/24) y vuelva a iniciar.</translation>
    </message>
    <message>
        <source>Interface %1 has prefix /%2; use a prefix from /8 to /30 so the subnet has room for devices.</source>
        <translation>La interfaz %1 tiene el prefijo /%2; use un prefijo de /8 a /30 para que la subred tenga espacio para los dispositivos.</translation>
    </message>
    <message>
        <source>The pool %1 - %2 includes the network or broadcast address of %3/%4; start dhcp.poolFirst above the first and end dhcp.poolLast below the last address of the subnet.</source>
        <translation>El rango %1 - %2 incluye la dirección de red o de difusión de %3/%4; haga que dhcp.poolFirst empiece por encima de la primera dirección de la subred y que dhcp.poolLast termine por debajo de la última.</translation>
    </message>
    <message>
        <source>The pool %1 - %2 is not inside the subnet of %3 (%4/%5); change dhcp.poolFirst and dhcp.poolLast in workbench.json.</source>
        <translation>El rango %1 - %2 no está dentro de la subred de %3 (%4/%5); cambie dhcp.poolFirst y dhcp.poolLast en workbench.json.</translation>
    </message>
    <message>
        <source>dhcp.subnetMask %1 is not a valid subnet mask; write it as 255.255.255.0 or leave it empty to use the interface&apos;s prefix.</source>
        <translation>dhcp.subnetMask %1 no es una máscara de subred válida; escríbala como 255.255.255.0 o déjela vacía para usar el prefijo de la interfaz.</translation>
    </message>
    <message>
        <source>dhcp.router %1 is outside the subnet %2/%3, so devices could not reach it; use an address of that subnet or leave it empty.</source>
        <translation>dhcp.router %1 está fuera de la subred %2/%3, por lo que los dispositivos no podrían alcanzarlo; use una dirección de esa subred o deje el campo vacío.</translation>
    </message>
</context>
<context>
    <name>ztp::devices::AssignmentRules</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1: invalid JSON at offset %2: %3</source>
        <translation>%1: JSON no válido en la posición %2: %3</translation>
    </message>
    <message>
        <source>%1: expected an object with a &quot;rules&quot; array</source>
        <translation>%1: se esperaba un objeto con una matriz &quot;rules&quot;</translation>
    </message>
    <message>
        <source>%1: expected an object</source>
        <translation>%1: se esperaba un objeto</translation>
    </message>
    <message>
        <source>%1, key &apos;match&apos;: &apos;%2&apos; is not one of serial, mac, model, vendor, profile</source>
        <translation>%1, clave &apos;match&apos;: &apos;%2&apos; no es ninguno de estos valores: serial, mac, model, vendor, profile</translation>
    </message>
    <message>
        <source>%1, key &apos;pattern&apos;: missing; use a value or a wildcard such as FOC27*</source>
        <translation>%1, clave &apos;pattern&apos;: falta; use un valor o un comodín como FOC27*</translation>
    </message>
    <message>
        <source>%1: the rule assigns nothing; set template, image or profile</source>
        <translation>%1: la regla no asigna nada; establezca una plantilla, una imagen o un perfil</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>ztp::devices::BenchPositions</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1: invalid JSON at offset %2: %3</source>
        <translation>%1: JSON no válido en la posición %2: %3</translation>
    </message>
    <message>
        <source>%1: expected an object with a &quot;positions&quot; object that maps circuit ids to position names</source>
        <translation>%1: se esperaba un objeto con un objeto &quot;positions&quot; que asigne los ID de circuito a nombres de posición</translation>
    </message>
    <message>
        <source>%1, key &apos;positions.%2&apos;: expected the position&apos;s name as a string</source>
        <translation>%1, clave &apos;positions.%2&apos;: se esperaba el nombre de la posición como cadena</translation>
    </message>
    <message>
        <source>Circuit id &apos;%1&apos; has no position name; enter both or remove the row.</source>
        <translation>El ID de circuito &apos;%1&apos; no tiene nombre de posición; introduzca ambos o elimine la fila.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>ztp::dhcp::DhcpServer</name>
    <message>
        <source>No network interface is chosen. Choose the interface that faces the devices, then start the DHCP server.</source>
        <translation>No se ha elegido ninguna interfaz de red. Elija la interfaz orientada a los dispositivos y, a continuación, inicie el servidor DHCP.</translation>
    </message>
    <message>
        <source>Ping before offer is on (dhcp.pingBeforeOfferMs), but pinging on %1 failed: %2. Grant the privilege or set dhcp.pingBeforeOfferMs to 0.</source>
        <translation>El ping antes de la oferta está activado (dhcp.pingBeforeOfferMs), pero el ping en %1 ha fallado: %2. Conceda el privilegio necesario o establezca dhcp.pingBeforeOfferMs en 0.</translation>
    </message>
</context>
<context>
    <name>ztp::http::HttpServer</name>
    <message>
        <source>HTTPS on port %1 needs TLS, but Qt found no TLS backend; install libssl3 or set the HTTPS port to 0.</source>
        <translation>HTTPS en el puerto %1 requiere TLS, pero Qt no ha encontrado ningún backend TLS; instale libssl3 o establezca el puerto HTTPS en 0.</translation>
    </message>
    <message>
        <source>Cannot listen on TCP %1:%2 for %3: %4. Stop the other server on that port, choose another port in workbench.json, or run with the privilege to bind ports below 1024.</source>
        <translation>No se puede escuchar en TCP %1:%2 para %3: %4. Detenga el otro servidor en ese puerto, elija otro puerto en workbench.json o ejecute el programa con privilegios para enlazar puertos inferiores a 1024.</translation>
    </message>
    <message>
        <source>The server has no handler yet.</source>
        <translation>El servidor aún no tiene ningún manejador.</translation>
    </message>
</context>
<context>
    <name>ztp::http::ProvisioningServices</name>
    <message>
        <source>Cannot prepare the HTTPS certificate: %1</source>
        <translation>No se puede preparar el certificado HTTPS: %1</translation>
    </message>
</context>
<context>
    <name>ztp::models::DeviceTableModel</name>
    <message>
        <source>Discovered</source>
        <comment>device state</comment>
        <translation>Descubierto</translation>
    </message>
    <message>
        <source>Leased</source>
        <comment>device state: holds a DHCP lease</comment>
        <translation>Concesión asignada</translation>
    </message>
    <message>
        <source>Configuration sent</source>
        <comment>device state</comment>
        <translation>Configuración enviada</translation>
    </message>
    <message>
        <source>Image sent</source>
        <comment>device state</comment>
        <translation>Imagen enviada</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>device state: the device reported success</comment>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>device state</comment>
        <translation>Error</translation>
    </message>
    <message>
        <source>Stalled</source>
        <comment>device state: no progress for a while</comment>
        <translation>Estancado</translation>
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
        <translation>Dirección MAC</translation>
    </message>
    <message>
        <source>Vendor class</source>
        <comment>DHCP option 60</comment>
        <translation>Clase de proveedor</translation>
    </message>
    <message>
        <source>Hostname</source>
        <translation>Nombre de host</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Número de serie</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>Dirección IP</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Visto por última vez</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Fabricante</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>Bench position</source>
        <comment>from the DHCP option 82 circuit id</comment>
        <translation>Posición en el banco</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transferencia</translation>
    </message>
</context>
<context>
    <name>ztp::models::EventLogModel</name>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Event</source>
        <extracomment>Column header: the kind of event (lease, TFTP transfer, syslog message...).</extracomment>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
</context>
<context>
    <name>ztp::platform</name>
    <message>
        <source>Binding to interface %1 is not implemented on this operating system yet.</source>
        <translation>El enlace a la interfaz %1 aún no está implementado en este sistema operativo.</translation>
    </message>
    <message>
        <source>Run the program as administrator.</source>
        <translation>Ejecute el programa como administrador.</translation>
    </message>
    <message>
        <source>Cannot create a UDP socket: %1</source>
        <translation>No se puede crear un socket UDP: %1</translation>
    </message>
    <message>
        <source>Cannot bind a socket to interface %1: %2. %3</source>
        <translation>No se puede enlazar un socket a la interfaz %1: %2. %3</translation>
    </message>
    <message>
        <source>Another program uses this port; stop it (for example another DHCP or TFTP server) and start again.</source>
        <translation>Otro programa usa este puerto; deténgalo (por ejemplo, otro servidor DHCP o TFTP) y vuelva a iniciar.</translation>
    </message>
    <message>
        <source>Cannot bind UDP port %1 on %2 (%3): %4. %5</source>
        <translation>No se puede enlazar el puerto UDP %1 en %2 (%3): %4. %5</translation>
    </message>
    <message>
        <source>Run as root, or grant the capabilities once with &apos;sudo setcap cap_net_bind_service,cap_net_raw,cap_net_admin+ep&apos; on the program.</source>
        <translation>Ejecute el programa como root o concédale las capacidades una sola vez con &apos;sudo setcap cap_net_bind_service,cap_net_raw,cap_net_admin+ep&apos;.</translation>
    </message>
    <message>
        <source>Cannot create an ICMP socket: %1. %2</source>
        <translation>No se puede crear un socket ICMP: %1. %2</translation>
    </message>
    <message>
        <source>Interface %1 not found.</source>
        <translation>No se encuentra la interfaz %1.</translation>
    </message>
    <message>
        <source>Cannot open a packet socket on %1: %2. %3</source>
        <translation>No se puede abrir un socket de paquetes en %1: %2. %3</translation>
    </message>
</context>
<context>
    <name>ztp::reports</name>
    <message>
        <source>Cannot create the folder of %1.</source>
        <translation>No se puede crear la carpeta de %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Line %1 of %2 is not &quot;SHA-256  path&quot;.</source>
        <translation>La línea %1 de %2 no tiene el formato &quot;SHA-256  path&quot;.</translation>
    </message>
    <message>
        <source>Line %1 of %2 names %3, a path outside the pack.</source>
        <translation>La línea %1 de %2 menciona %3, una ruta fuera del paquete.</translation>
    </message>
    <message>
        <source>The folder %1 is not empty; choose a new folder for the evidence pack.</source>
        <translation>La carpeta %1 no está vacía; elija una carpeta nueva para el paquete de evidencias.</translation>
    </message>
    <message>
        <source>%1 has no %2; it is not an evidence pack.</source>
        <translation>%1 no contiene %2; no es un paquete de evidencias.</translation>
    </message>
    <message>
        <source>The history is not open; open a workspace first.</source>
        <translation>El historial no está abierto; abra primero un espacio de trabajo.</translation>
    </message>
    <message>
        <source>The date range %1 to %2 is empty; the end must come after the start.</source>
        <translation>El intervalo de fechas de %1 a %2 está vacío; el final debe ser posterior al inicio.</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>La exportación se ha cancelado; no se ha escrito ningún archivo.</translation>
    </message>
    <message>
        <source>Cannot write the key file %1: %2</source>
        <translation>No se puede escribir el archivo de clave %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the signing key %1: %2</source>
        <translation>No se puede leer la clave de firma %1: %2</translation>
    </message>
    <message>
        <source>The signing key %1 is not an Ed25519 private key in PEM. Move it away to have a new key generated; packs signed with it then no longer verify against the workspace.</source>
        <translation>La clave de firma %1 no es una clave privada Ed25519 en formato PEM. Muévala a otro lugar para que se genere una clave nueva; los paquetes firmados con ella dejarán de verificarse con el espacio de trabajo.</translation>
    </message>
    <message>
        <source>Cannot generate a signing key: %1</source>
        <translation>No se puede generar una clave de firma: %1</translation>
    </message>
    <message>
        <source>Cannot encode the signing key: %1</source>
        <translation>No se puede codificar la clave de firma: %1</translation>
    </message>
    <message>
        <source>Cannot read the public key %1: %2</source>
        <translation>No se puede leer la clave pública %1: %2</translation>
    </message>
    <message>
        <source>%1 is not an Ed25519 public key in PEM.</source>
        <translation>%1 no es una clave pública Ed25519 en formato PEM.</translation>
    </message>
    <message>
        <source>This key has no private part and cannot sign.</source>
        <translation>Esta clave no tiene parte privada y no puede firmar.</translation>
    </message>
    <message>
        <source>Cannot sign: %1</source>
        <translation>No se puede firmar: %1</translation>
    </message>
</context>
<context>
    <name>ztp::serial::ConsoleBench</name>
    <message>
        <source>No workspace is open, so the console session cannot be stored.</source>
        <translation>No hay ningún espacio de trabajo abierto, por lo que no se puede guardar la sesión de consola.</translation>
    </message>
    <message>
        <source>No device given. Name it by serial number or MAC address.</source>
        <translation>No se ha indicado ningún dispositivo. Indíquelo por su número de serie o su dirección MAC.</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>No hay ningún espacio de trabajo abierto.</translation>
    </message>
    <message>
        <source>No device with serial number or MAC &apos;%1&apos; in the workspace&apos;s devices or inventory.csv. Add a row for it to inventory.csv, or use a key that &apos;ztpw export&apos; lists.</source>
        <translation>No hay ningún dispositivo con el número de serie o la MAC &apos;%1&apos; en los dispositivos del espacio de trabajo ni en inventory.csv. Añada una fila para él en inventory.csv o use una clave que muestre &apos;ztpw export&apos;.</translation>
    </message>
</context>
<context>
    <name>ztp::serial::ConsolePort</name>
    <message>
        <source>Serial port %1 does not exist. Plug the console cable in, or pick a port from &apos;ztpw console ports&apos;.</source>
        <translation>El puerto serie %1 no existe. Conecte el cable de consola o elija un puerto de &apos;ztpw console ports&apos;.</translation>
    </message>
    <message>
        <source>Cannot open serial port %1: %2. Check that no other program uses it and that you are in the &apos;dialout&apos; group.</source>
        <translation>No se puede abrir el puerto serie %1: %2. Compruebe que ningún otro programa lo esté usando y que usted pertenece al grupo &apos;dialout&apos;.</translation>
    </message>
    <message>
        <source>Serial port %1 does not accept %2: %3. Choose other line settings in the console profile.</source>
        <translation>El puerto serie %1 no acepta %2: %3. Elija otros parámetros de línea en el perfil de consola.</translation>
    </message>
    <message>
        <source>Serial port %1 does not accept %2 baud: %3.</source>
        <translation>El puerto serie %1 no acepta %2 baudios: %3.</translation>
    </message>
    <message>
        <source>Open a serial port before sending BREAK.</source>
        <translation>Abra un puerto serie antes de enviar BREAK.</translation>
    </message>
    <message>
        <source>BREAK duration %1 ms is out of range; use 1 to 10000 ms.</source>
        <translation>La duración de BREAK de %1 ms está fuera de rango; use de 1 a 10000 ms.</translation>
    </message>
    <message>
        <source>Serial port %1 cannot send BREAK: %2.</source>
        <translation>El puerto serie %1 no puede enviar BREAK: %2.</translation>
    </message>
    <message>
        <source>Cannot set DTR on serial port %1: %2. Pseudo-terminals and some adapters have no modem control lines.</source>
        <translation>No se puede establecer DTR en el puerto serie %1: %2. Los pseudoterminales y algunos adaptadores no tienen líneas de control de módem.</translation>
    </message>
    <message>
        <source>port is closed</source>
        <translation>el puerto está cerrado</translation>
    </message>
    <message>
        <source>RTS is driven by RTS/CTS flow control on %1; switch flow control off to set it by hand.</source>
        <translation>RTS está controlado por el control de flujo RTS/CTS en %1; desactive el control de flujo para establecerlo manualmente.</translation>
    </message>
    <message>
        <source>Cannot set RTS on serial port %1: %2. Pseudo-terminals and some adapters have no modem control lines.</source>
        <translation>No se puede establecer RTS en el puerto serie %1: %2. Los pseudoterminales y algunos adaptadores no tienen líneas de control de módem.</translation>
    </message>
</context>
<context>
    <name>ztp::serial::ConsoleProfile</name>
    <message>
        <source>Console profile &apos;%1&apos; is not a JSON object (%2 at offset %3). Fix the profile file and retry.</source>
        <translation>El perfil de consola &apos;%1&apos; no es un objeto JSON (%2 en la posición %3). Corrija el archivo de perfil y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>&apos;lineEnding&apos; is &apos;%1&apos;; use cr or crlf</source>
        <translation>&apos;lineEnding&apos; es &apos;%1&apos;; use cr o crlf</translation>
    </message>
    <message>
        <source>&apos;prompts&apos; needs at least a &quot;privileged&quot; pattern</source>
        <translation>&apos;prompts&apos; requiere al menos un patrón &quot;privileged&quot;</translation>
    </message>
    <message>
        <source>&apos;errorPatterns&apos; needs at least one pattern, or a rejected line goes unseen</source>
        <translation>&apos;errorPatterns&apos; requiere al menos un patrón; de lo contrario, una línea rechazada pasa desapercibida</translation>
    </message>
    <message>
        <source>Cannot read console profile %1: %2.</source>
        <translation>No se puede leer el perfil de consola %1: %2.</translation>
    </message>
    <message>
        <source>Unknown console profile &apos;%1&apos;. Built-in profiles: %2; or give the path of a .json profile file.</source>
        <translation>Perfil de consola &apos;%1&apos; desconocido. Perfiles integrados: %2; o indique la ruta de un archivo de perfil .json.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a string</source>
        <translation>&apos;%1&apos; debe ser una cadena</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a whole number from %2 to %3</source>
        <translation>&apos;%1&apos; debe ser un número entero de %2 a %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid regular expression: %2</source>
        <translation>&apos;%1&apos; no es una expresión regular válida: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a list of {&quot;pattern&quot;, &quot;response&quot;} objects</source>
        <translation>&apos;%1&apos; debe ser una lista de objetos {&quot;pattern&quot;, &quot;response&quot;}</translation>
    </message>
    <message>
        <source>every entry of &apos;%1&apos; needs a &quot;pattern&quot; and a &quot;response&quot; string</source>
        <translation>cada entrada de &apos;%1&apos; requiere una cadena &quot;pattern&quot; y una cadena &quot;response&quot;</translation>
    </message>
    <message>
        <source>Console profile &apos;%1&apos; is invalid: %2. Fix the profile file and retry.</source>
        <translation>El perfil de consola &apos;%1&apos; no es válido: %2. Corrija el archivo de perfil y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>&apos;parity&apos; is &apos;%1&apos;; use none, even or odd</source>
        <translation>&apos;parity&apos; es &apos;%1&apos;; use none, even u odd</translation>
    </message>
    <message>
        <source>&apos;flowControl&apos; is &apos;%1&apos;; use none, rts/cts or xon/xoff</source>
        <translation>&apos;flowControl&apos; es &apos;%1&apos;; use none, rts/cts o xon/xoff</translation>
    </message>
    <message>
        <source>each of &apos;textBlocks&apos; needs a &quot;start&quot; pattern, and either a capture group named &quot;delimiter&quot; in it or an &quot;end&quot; pattern</source>
        <translation>cada entrada de &apos;textBlocks&apos; necesita un patrón &quot;start&quot; y, o bien un grupo de captura llamado &quot;delimiter&quot; en él, o bien un patrón &quot;end&quot;</translation>
    </message>
</context>
<context>
    <name>ztp::serial::ConsolePushSession</name>
    <message>
        <source>The push was aborted after %1 of %2 lines.</source>
        <translation>El envío se ha interrumpido tras %1 de %2 líneas.</translation>
    </message>
    <message>
        <source>The device rejected the login of user &apos;%1&apos; (it asks &apos;%2&apos; again). Check the user name and the password.</source>
        <translation>El dispositivo ha rechazado el inicio de sesión del usuario &apos;%1&apos; (vuelve a pedir &apos;%2&apos;). Compruebe el nombre de usuario y la contraseña.</translation>
    </message>
    <message>
        <source>The device asks &apos;%1&apos; but no %2 was given. Pass --username, and the password in the ZTPW_CONSOLE_PASSWORD environment variable.</source>
        <extracomment>%1 is the device&apos;s login prompt; %2 is &quot;password&quot; or &quot;user name&quot;.</extracomment>
        <translation>El dispositivo pide &apos;%1&apos;, pero no se ha indicado ningún %2. Indique --username, y la contraseña en la variable de entorno ZTPW_CONSOLE_PASSWORD.</translation>
    </message>
    <message>
        <source>password</source>
        <translation>contraseña</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>nombre de usuario</translation>
    </message>
    <message>
        <source>&apos;%1&apos; did not reach configuration mode; the device answered: %2</source>
        <translation>&apos;%1&apos; no ha llegado al modo de configuración; el dispositivo ha respondido: %2</translation>
    </message>
    <message>
        <source>The device rejected &apos;%1&apos;: %2</source>
        <translation>El dispositivo ha rechazado &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>The console did not reach privileged mode (the last prompt was &apos;%1&apos;). Log in by hand once, or check the prompts of console profile &apos;%2&apos;.</source>
        <translation>La consola no ha llegado al modo privilegiado (el último prompt fue &apos;%1&apos;). Inicie sesión manualmente una vez o compruebe los prompts del perfil de consola &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; printed no serial number, so the device cannot be checked against the expected serial number %2. Push without identification (--no-identify) if the cable is on the right device.</source>
        <translation>&apos;%1&apos; no ha mostrado ningún número de serie, por lo que no se puede comprobar el dispositivo con el número de serie esperado %2. Envíe sin identificación (--no-identify) si el cable está en el dispositivo correcto.</translation>
    </message>
    <message>
        <source>The console cable is on the device with serial number %1, not on %2. Move the cable to the right device, or choose the device that has serial number %1.</source>
        <translation>El cable de consola está en el dispositivo con número de serie %1, no en %2. Mueva el cable al dispositivo correcto o elija el dispositivo con número de serie %1.</translation>
    </message>
    <message>
        <source>Line %1 arrived damaged: the device echoed &apos;%2&apos; for &apos;%3&apos;, so characters were lost on the way. Set a character delay or lower the baud rate, and push again.</source>
        <translation>La línea %1 ha llegado dañada: el dispositivo ha devuelto &apos;%2&apos; para &apos;%3&apos;, por lo que se han perdido caracteres por el camino. Establezca un retardo entre caracteres o reduzca la velocidad en baudios y vuelva a enviar.</translation>
    </message>
    <message>
        <source>The device rejected line %1 &apos;%2&apos;: %3</source>
        <translation>El dispositivo ha rechazado la línea %1 &apos;%2&apos;: %3</translation>
    </message>
    <message>
        <source>No prompt from the device on %1 after %2 tries (last output: &apos;%3&apos;). Check the cable and the baud rate (%4 in console profile &apos;%5&apos;), or detect the baud rate.</source>
        <translation>No hay prompt del dispositivo en %1 tras %2 intentos (última salida: &apos;%3&apos;). Compruebe el cable y la velocidad en baudios (%4 en el perfil de consola &apos;%5&apos;) o detecte la velocidad en baudios.</translation>
    </message>
    <message>
        <source>The device rejected part of the pasted configuration: %1</source>
        <translation>El dispositivo ha rechazado parte de la configuración pegada: %1</translation>
    </message>
    <message>
        <source>Line %1 &apos;%2&apos; got no prompt back within %3 ms (last output: &apos;%4&apos;). Raise the line timeout if the command is slow.</source>
        <translation>La línea %1 &apos;%2&apos; no ha recibido ningún prompt en %3 ms (última salida: &apos;%4&apos;). Aumente el tiempo de espera por línea si el comando es lento.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; got no prompt back within %2 ms (last output: &apos;%3&apos;).</source>
        <translation>&apos;%1&apos; no ha recibido ningún prompt en %2 ms (última salida: &apos;%3&apos;).</translation>
    </message>
    <message>
        <source>The console port %1 disconnected during the push (%2) after %3 of %4 lines. Check the cable and push again.</source>
        <translation>El puerto de consola %1 se ha desconectado durante el envío (%2) tras %3 de %4 líneas. Compruebe el cable y vuelva a enviar.</translation>
    </message>
    <message>
        <source>a line that matches %1</source>
        <translation>una línea que coincida con %1</translation>
    </message>
    <message>
        <source>a line that contains &apos;%1&apos;</source>
        <translation>una línea que contenga &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Line %1 &apos;%2&apos; starts text that no later line ends (the device takes every line after it as text until %3). Add the closing line to the configuration and push again.</source>
        <translation>La línea %1 &apos;%2&apos; abre un texto que ninguna línea posterior cierra (el equipo toma como texto cada línea siguiente hasta %3). Añada la línea de cierre a la configuración y vuelva a enviarla.</translation>
    </message>
    <message>
        <source>Line %1 &apos;%2&apos; should make the device wait for lines of text, but it showed its prompt again, so it would run that text as commands. Put the text on one line, or fix the text blocks of console profile &apos;%3&apos;.</source>
        <translation>Tras la línea %1 &apos;%2&apos; el equipo debía esperar líneas de texto, pero volvió a mostrar su prompt, así que ejecutaría ese texto como comandos. Ponga el texto en una sola línea o corrija los bloques de texto del perfil de consola &apos;%3&apos;.</translation>
    </message>
    <message>
        <source>Line %1 &apos;%2&apos; got no echo or request for text back within %3 ms (last output: &apos;%4&apos;). Check the text blocks of console profile &apos;%5&apos;.</source>
        <translation>La línea %1 &apos;%2&apos; no recibió eco ni petición de texto en %3 ms (última salida: &apos;%4&apos;). Revise los bloques de texto del perfil de consola &apos;%5&apos;.</translation>
    </message>
    <message>
        <source>After the console port came back, the console reports serial number %1, not %2 as before, so the cable is now on another device. %3 of %4 lines reached %2: move the cable back and push again.</source>
        <translation>Tras volver el puerto de consola, la consola indica el número de serie %1 y no %2 como antes, así que el cable está ahora en otro equipo. %3 de %4 líneas llegaron a %2: vuelva a conectar el cable y envíe de nuevo.</translation>
    </message>
    <message>
        <source>The console port %1 disconnected during the push (%2) after %3 of %4 lines and did not come back within %5 s. Check the cable and push again.</source>
        <translation>El puerto de consola %1 se desconectó durante el envío (%2) tras %3 de %4 líneas y no volvió en %5 s. Revise el cable y envíe de nuevo.</translation>
    </message>
</context>
<context>
    <name>ztp::serial::XmodemSender</name>
    <message>
        <source>XMODEM transfer aborted after %1 of %2 bytes.</source>
        <translation>Transferencia XMODEM interrumpida tras %1 de %2 bytes.</translation>
    </message>
    <message>
        <source>The receiver cancelled the XMODEM transfer after %1 of %2 bytes.</source>
        <translation>El receptor ha cancelado la transferencia XMODEM tras %1 de %2 bytes.</translation>
    </message>
    <message>
        <source>NAK for block %1</source>
        <translation>NAK para el bloque %1</translation>
    </message>
    <message>
        <source>NAK for EOT</source>
        <translation>NAK para EOT</translation>
    </message>
    <message>
        <source>XMODEM transfer failed after %1 tries (%2) at byte %3 of %4. Check the baud rate and the cable.</source>
        <translation>La transferencia XMODEM ha fallado tras %1 intentos (%2) en el byte %3 de %4. Compruebe la velocidad en baudios y el cable.</translation>
    </message>
    <message>
        <source>No XMODEM receiver answered within %1 s. Start the receive command on the device (for example &apos;xmodem -c&apos; in ROMMON) before sending.</source>
        <translation>Ningún receptor XMODEM ha respondido en %1 s. Inicie el comando de recepción en el dispositivo (por ejemplo, &apos;xmodem -c&apos; en ROMMON) antes de enviar.</translation>
    </message>
    <message>
        <source>timeout</source>
        <extracomment>Reason of an XMODEM block retry: the receiver sent no reply in time.</extracomment>
        <translation>tiempo de espera agotado</translation>
    </message>
</context>
<context>
    <name>ztp::storage</name>
    <message>
        <source>Cannot open the history %1: %2</source>
        <translation>No se puede abrir el historial %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the schema version of %1.</source>
        <translation>No se puede leer la versión del esquema de %1.</translation>
    </message>
    <message>
        <source>The history %1 was written by a newer ZTP Workbench (schema %2, this version reads up to %3); update the application.</source>
        <translation>El historial %1 lo ha escrito una versión más reciente de ZTP Workbench (esquema %2; esta versión lee hasta el %3); actualice la aplicación.</translation>
    </message>
    <message>
        <source>Cannot migrate the history %1 to schema version %2; the file is unchanged. Check that it is writable and not in use.</source>
        <translation>No se puede migrar el historial %1 a la versión de esquema %2; el archivo no se ha modificado. Compruebe que se puede escribir en él y que no está en uso.</translation>
    </message>
    <message>
        <source>The backup file %1 already exists; choose a new name.</source>
        <translation>El archivo de copia de seguridad %1 ya existe; elija un nombre nuevo.</translation>
    </message>
    <message>
        <source>Cannot back up the history to %1: %2</source>
        <translation>No se puede hacer una copia de seguridad del historial en %1: %2</translation>
    </message>
    <message>
        <source>The purge date is invalid; give a valid UTC date.</source>
        <translation>La fecha de depuración no es válida; indique una fecha UTC válida.</translation>
    </message>
    <message>
        <source>Cannot purge the history %1: it is locked by another program; try again.</source>
        <translation>No se puede depurar el historial %1: está bloqueado por otro programa; vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Cannot purge the history %1.</source>
        <translation>No se puede depurar el historial %1.</translation>
    </message>
    <message>
        <source>The history %1 is damaged: %2</source>
        <translation>El historial %1 está dañado: %2</translation>
    </message>
    <message>
        <source>The history %1 is locked by another program. Events are kept in memory and written as soon as it is released; close the program that holds it (a database browser, a backup tool).</source>
        <translation>El historial %1 está bloqueado por otro programa. Los eventos se conservan en memoria y se escriben en cuanto se libere; cierre el programa que lo retiene (un navegador de bases de datos, una herramienta de copia de seguridad).</translation>
    </message>
    <message>
        <source>Cannot write to the history %1: %2. Events are kept in memory and retried.</source>
        <translation>No se puede escribir en el historial %1: %2. Los eventos se conservan en memoria y se volverá a intentar.</translation>
    </message>
    <message>
        <source>This workspace is in use by another ZTP Workbench (%1, process %2 on %3). Stop that one first, or open another workspace. The lock file is %4.</source>
        <translation>Este espacio de trabajo lo está usando otra instancia de ZTP Workbench (%1, proceso %2 en %3). Deténgala primero o abra otro espacio de trabajo. El archivo de bloqueo es %4.</translation>
    </message>
    <message>
        <source>Cannot create the lock file %1; check that the workspace folder is writable.</source>
        <translation>No se puede crear el archivo de bloqueo %1; compruebe que se puede escribir en la carpeta del espacio de trabajo.</translation>
    </message>
    <message>
        <source>Cannot use the history %1: %2. If the file is damaged, move it aside (a new history is created) or put back a copy made with &apos;ztpw history backup&apos;.</source>
        <translation>No se puede usar el historial %1: %2. Si el archivo está dañado, muévalo a otro lugar (se crea un historial nuevo) o restaure una copia hecha con &apos;ztpw history backup&apos;.</translation>
    </message>
    <message>
        <source>The history %1 is not open.</source>
        <translation>El historial %1 no está abierto.</translation>
    </message>
</context>
<context>
    <name>ztp::syslog::SyslogServer</name>
    <message>
        <source>Cannot bind UDP port %1 on %2 for syslog: %3. Stop the other syslog server or set syslog.port in workbench.json.</source>
        <translation>No se puede enlazar el puerto UDP %1 en %2 para syslog: %3. Detenga el otro servidor syslog o establezca syslog.port en workbench.json.</translation>
    </message>
    <message>
        <source>Cannot bind UDP port %1 on %2 for syslog: %3</source>
        <translation>No se puede enlazar el puerto UDP %1 en %2 para syslog: %3</translation>
    </message>
    <message>
        <source>Cannot use the syslog socket on %1: %2</source>
        <translation>No se puede usar el socket de syslog en %1: %2</translation>
    </message>
</context>
<context>
    <name>ztp::templates::RevisionStore</name>
    <message>
        <source>Cannot open %1 for template revisions: %2</source>
        <translation>No se puede abrir %1 para las revisiones de plantillas: %2</translation>
    </message>
    <message>
        <source>Creating the template revision tables</source>
        <translation>Creación de las tablas de revisiones de plantillas</translation>
    </message>
    <message>
        <source>Saving a revision of %1</source>
        <translation>Guardado de una revisión de %1</translation>
    </message>
    <message>
        <source>Reading the revisions of %1</source>
        <translation>Lectura de las revisiones de %1</translation>
    </message>
    <message>
        <source>Reading revision %1 of %2</source>
        <translation>Lectura de la revisión %1 de %2</translation>
    </message>
    <message>
        <source>Saving the configuration rendered for %1</source>
        <translation>Guardado de la configuración generada para %1</translation>
    </message>
    <message>
        <source>Pruning the configurations rendered for %1</source>
        <translation>Limpieza de las configuraciones generadas para %1</translation>
    </message>
    <message>
        <source>Reading the configuration sent to %1</source>
        <translation>Lectura de la configuración enviada a %1</translation>
    </message>
    <message>
        <source>%1 failed in the history database: %2; check that history.sqlite is writable and not damaged</source>
        <translation>%1: error en la base de datos del historial: %2; compruebe que se puede escribir en history.sqlite y que no está dañado</translation>
    </message>
</context>
<context>
    <name>ztp::ui::AssignmentRulesDialog</name>
    <message>
        <source>Serial number</source>
        <translation>Número de serie</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>Dirección MAC</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Fabricante</translation>
    </message>
    <message>
        <source>Profile</source>
        <extracomment>the vendor profile that matched the device&apos;s DHCP request</extracomment>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Assignment rules</source>
        <translation>Reglas de asignación</translation>
    </message>
    <message>
        <source>Devices that match a rule get its template, image and profile, unless one was assigned to them already. Patterns accept * and ?, for example FOC27* or 00:1c:73:*. Rules are tried from the top; for each target the first matching rule that sets it wins.</source>
        <translation>Los dispositivos que coinciden con una regla reciben su plantilla, su imagen y su perfil, salvo que ya se les haya asignado alguno de ellos. Los patrones admiten * y ?, por ejemplo FOC27* o 00:1c:73:*. Las reglas se prueban de arriba abajo; para cada elemento, prevalece la primera regla coincidente que lo establece.</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Patrón</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>Añadir regla</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Rule %1 has no pattern. Enter a value or a wildcard such as FOC27*.</source>
        <translation>La regla %1 no tiene patrón. Introduzca un valor o un comodín como FOC27*.</translation>
    </message>
    <message>
        <source>Rule %1 assigns nothing. Enter a template, an image or a profile.</source>
        <translation>La regla %1 no asigna nada. Introduzca una plantilla, una imagen o un perfil.</translation>
    </message>
</context>
<context>
    <name>ztp::ui::BenchPositionsDialog</name>
    <message>
        <source>Bench positions</source>
        <translation>Posiciones en el banco</translation>
    </message>
    <message>
        <source>Name the bench position behind each circuit id that the bench switch adds to DHCP requests (option 82). Devices with an unnamed circuit id get the name at once; a renamed position shows from the device&apos;s next request.</source>
        <translation>Asigne un nombre a la posición del banco que corresponde a cada ID de circuito que el switch del banco añade a las solicitudes DHCP (opción 82). Los dispositivos con un ID de circuito sin nombre reciben el nombre de inmediato; una posición renombrada se muestra a partir de la siguiente solicitud del dispositivo.</translation>
    </message>
    <message>
        <source>Circuit id</source>
        <translation>ID de circuito</translation>
    </message>
    <message>
        <source>Bench position</source>
        <translation>Posición en el banco</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Row %1 names position &apos;%2&apos; but has no circuit id.</source>
        <translation>La fila %1 indica la posición &apos;%2&apos;, pero no tiene ID de circuito.</translation>
    </message>
    <message>
        <source>Row %1: circuit id &apos;%2&apos; is listed twice; keep one row.</source>
        <translation>Fila %1: el ID de circuito &apos;%2&apos; aparece dos veces; conserve solo una fila.</translation>
    </message>
</context>
<context>
    <name>ztp::ui::ConsoleWindow</name>
    <message>
        <source>Console cable</source>
        <translation>Cable de consola</translation>
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
        <translation>Conectar</translation>
    </message>
    <message>
        <source>Detect baud rate</source>
        <translation>Detectar velocidad</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Puerto:</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Perfil:</translation>
    </message>
    <message>
        <source>Baud:</source>
        <translation>Baudios:</translation>
    </message>
    <message>
        <source>Local echo</source>
        <translation>Eco local</translation>
    </message>
    <message>
        <source> ms</source>
        <extracomment>Unit suffix of the BREAK duration, in milliseconds; keep the leading space.</extracomment>
        <translation> ms</translation>
    </message>
    <message>
        <source>Send BREAK</source>
        <translation>Enviar BREAK</translation>
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
        <translation>BREAK durante</translation>
    </message>
    <message>
        <source>Serial number or MAC of the device on this cable</source>
        <translation>Número de serie o MAC del dispositivo conectado a este cable</translation>
    </message>
    <message>
        <source>Save on the device</source>
        <translation>Guardar en el dispositivo</translation>
    </message>
    <message>
        <source>Push configuration</source>
        <translation>Enviar configuración</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Interrumpir</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>Dispositivo:</translation>
    </message>
    <message>
        <source>The port disconnected (%1); waiting for the same adapter to come back.</source>
        <translation>El puerto se ha desconectado (%1); esperando a que vuelva el mismo adaptador.</translation>
    </message>
    <message>
        <source>Reconnected to %1.</source>
        <translation>Reconectado a %1.</translation>
    </message>
    <message>
        <source>Connected to %1, %2.</source>
        <translation>Conectado a %1, %2.</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Desconectar</translation>
    </message>
    <message>
        <source>The console reports serial number %1.</source>
        <translation>La consola indica el número de serie %1.</translation>
    </message>
    <message>
        <source>The console answers at %1 baud.</source>
        <translation>La consola responde a %1 baudios.</translation>
    </message>
    <message>
        <source>No baud rate gave readable output (best score %1). Check the cable, or press Enter on the device.</source>
        <translation>Ninguna velocidad en baudios ha dado una salida legible (mejor puntuación: %1). Compruebe el cable o pulse Intro en el dispositivo.</translation>
    </message>
    <message>
        <source>Trying the common baud rates...</source>
        <translation>Probando las velocidades en baudios habituales...</translation>
    </message>
    <message>
        <source>Cannot render the configuration of %1: %2</source>
        <translation>No se puede generar la configuración de %1: %2</translation>
    </message>
    <message>
        <source>Pushing %1 (%2)...</source>
        <translation>Enviando %1 (%2)...</translation>
    </message>
    <message>
        <source>Pushed %1 lines in %2 s.</source>
        <translation>%1 líneas enviadas en %2 s.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Line %1 was rejected:&lt;/b&gt; &lt;tt&gt;%2&lt;/tt&gt;&lt;pre&gt;%3&lt;/pre&gt;</source>
        <translation>&lt;b&gt;Se ha rechazado la línea %1:&lt;/b&gt; &lt;tt&gt;%2&lt;/tt&gt;&lt;pre&gt;%3&lt;/pre&gt;</translation>
    </message>
</context>
<context>
    <name>ztp::ui::DeviceDetailPanel</name>
    <message>
        <source>MAC address</source>
        <translation>Dirección MAC</translation>
    </message>
    <message>
        <source>Client identifier</source>
        <comment>DHCP option 61</comment>
        <translation>Identificador de cliente</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Número de serie</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Fabricante</translation>
    </message>
    <message>
        <source>Hostname</source>
        <translation>Nombre de host</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>Dirección IP</translation>
    </message>
    <message>
        <source>Bench position</source>
        <translation>Posición en el banco</translation>
    </message>
    <message>
        <source>IEEE OUI registry</source>
        <translation>Registro OUI del IEEE</translation>
    </message>
    <message>
        <source>DHCP</source>
        <translation>DHCP</translation>
    </message>
    <message>
        <source>HTTP headers</source>
        <translation>Encabezados HTTP</translation>
    </message>
    <message>
        <source>Serial console</source>
        <translation>Consola serie</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Inventario</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Técnico</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identificador</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencias</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Visto</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>Packets</source>
        <translation>Paquetes</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identidad</translation>
    </message>
    <message>
        <source>Select a device to see its timeline and packets.</source>
        <translation>Seleccione un dispositivo para ver su cronología y sus paquetes.</translation>
    </message>
    <message>
        <source>Last seen %1</source>
        <translation>Visto por última vez: %1</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Asignación</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
</context>
<context>
    <name>ztp::ui::DevicePacketView</name>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>Reply</source>
        <extracomment>Field name and value in the decoded packet view: the server sent no DHCP reply.</extracomment>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Profile or rule</source>
        <translation>Perfil o regla</translation>
    </message>
    <message>
        <source>Field or option</source>
        <translation>Campo u opción</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Select a message or one of its fields to see its octets.</source>
        <translation>Seleccione un mensaje o uno de sus campos para ver sus octetos.</translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>no DHCP reply was sent to this request</extracomment>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Matched profile or rule</source>
        <translation>Perfil o regla coincidente</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>The request as decoded and encoded again: the same fields and options, though padding and option splitting may differ from the datagram.</source>
        <translation>La solicitud tal como se decodificó y se volvió a codificar: los mismos campos y opciones, aunque el relleno y la división de opciones pueden diferir del datagrama.</translation>
    </message>
    <message>
        <source>none sent</source>
        <translation>no se envió ninguna</translation>
    </message>
    <message>
        <source>The reply exactly as sent.</source>
        <translation>La respuesta exactamente como se envió.</translation>
    </message>
    <message numerus="yes">
        <source>%n octets</source>
        <translation>
            <numerusform>%n octeto</numerusform>
            <numerusform>%n octetos</numerusform>
        </translation>
    </message>
    <message>
        <source>Not decodable</source>
        <translation>No decodificable</translation>
    </message>
</context>
<context>
    <name>ztp::ui::DeviceTableView</name>
    <message>
        <source>Import inventory</source>
        <translation>Importar inventario</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>pasted rows</source>
        <translation>filas pegadas</translation>
    </message>
    <message>
        <source>Assign template</source>
        <translation>Asignar plantilla</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Plantilla:</translation>
    </message>
    <message>
        <source>Re-provision</source>
        <translation>Reaprovisionar</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Marcar como completado</translation>
    </message>
    <message>
        <source>Assign template...</source>
        <translation>Asignar plantilla...</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Olvidar</translation>
    </message>
    <message>
        <source>Export inventory (CSV)...</source>
        <translation>Exportar inventario (CSV)...</translation>
    </message>
    <message>
        <source>Filter &apos;%1&apos;...</source>
        <translation>Filtrar &apos;%1&apos;...</translation>
    </message>
    <message>
        <source>Filter column</source>
        <translation>Filtrar columna</translation>
    </message>
    <message>
        <source>Show rows whose %1 contains:</source>
        <translation>Mostrar las filas cuya columna %1 contenga:</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Borrar todos los filtros</translation>
    </message>
    <message>
        <source>Export inventory</source>
        <translation>Exportar inventario</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Assignment rules...</source>
        <translation>Reglas de asignación...</translation>
    </message>
    <message>
        <source>Bench positions...</source>
        <translation>Posiciones en el banco...</translation>
    </message>
    <message>
        <source>Forget devices</source>
        <translation>Olvidar dispositivos</translation>
    </message>
    <message numerus="yes">
        <source>Forget %n device(s)? Their records and their events in the history are deleted; a device that sends a request again starts as a new one.</source>
        <extracomment>%n is the number of devices</extracomment>
        <translation>
            <numerusform>¿Olvidar %n dispositivo? Se eliminan su registro y sus eventos del historial; si vuelve a enviar una solicitud, empezará como un dispositivo nuevo.</numerusform>
            <numerusform>¿Olvidar %n dispositivos? Se eliminan sus registros y sus eventos del historial; un dispositivo que vuelva a enviar una solicitud empezará como uno nuevo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ztp::ui::ExportDialog</name>
    <message>
        <source>Export report</source>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <source>PDF report</source>
        <translation>Informe PDF</translation>
    </message>
    <message>
        <source>HTML report</source>
        <translation>Informe HTML</translation>
    </message>
    <message>
        <source>CSV table</source>
        <translation>Tabla CSV</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Signed evidence pack (folder)</source>
        <translation>Paquete de evidencias firmado (carpeta)</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Examinar...</translation>
    </message>
    <message numerus="yes">
        <source>Only the %n selected device(s)</source>
        <translation>
            <numerusform>Solo el %n dispositivo seleccionado</numerusform>
            <numerusform>Solo los %n dispositivos seleccionados</numerusform>
        </translation>
    </message>
    <message>
        <source>From (UTC)</source>
        <translation>Desde (UTC)</translation>
    </message>
    <message>
        <source>To (UTC)</source>
        <translation>Hasta (UTC)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>To</source>
        <extracomment>Form label of the output file or folder the report is written to.</extracomment>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Site</source>
        <extracomment>Form label: the staging site printed on the report.</extracomment>
        <translation>Sitio</translation>
    </message>
    <message>
        <source>Job</source>
        <extracomment>Form label: the job or order number printed on the report.</extracomment>
        <translation>Trabajo</translation>
    </message>
    <message>
        <source>Time</source>
        <extracomment>Form label of the time range of events the report covers.</extracomment>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Técnico</translation>
    </message>
    <message>
        <source>Empty folder for the evidence pack</source>
        <translation>Carpeta vacía para el paquete de evidencias</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>Archivos %1 (*.%2)</translation>
    </message>
    <message>
        <source>Choose where to write the export.</source>
        <translation>Elija dónde escribir la exportación.</translation>
    </message>
    <message>
        <source>No workspace is open; open one with File &gt; Open workspace.</source>
        <translation>No hay ningún espacio de trabajo abierto; abra uno con Archivo &gt; Abrir espacio de trabajo.</translation>
    </message>
    <message>
        <source>The device has no record in the history, so its configuration cannot be rendered.</source>
        <translation>El dispositivo no tiene ningún registro en el historial, por lo que no se puede generar su configuración.</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n device(s)...</source>
        <translation>
            <numerusform>Exportando %n dispositivo...</numerusform>
            <numerusform>Exportando %n dispositivos...</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n device(s) to %1.</source>
        <translation>
            <numerusform>Se ha exportado %n dispositivo a %1.</numerusform>
            <numerusform>Se han exportado %n dispositivos a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Configurations left out of the pack:
%1</source>
        <translation>Configuraciones excluidas del paquete:
%1</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Exportación finalizada</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Error en la exportación</translation>
    </message>
</context>
<context>
    <name>ztp::ui::HistoryActions</name>
    <message>
        <source>Search history...</source>
        <translation>Buscar en el historial...</translation>
    </message>
    <message>
        <source>Export report...</source>
        <translation>Exportar informe...</translation>
    </message>
    <message>
        <source>Back up history...</source>
        <translation>Hacer copia de seguridad del historial...</translation>
    </message>
    <message>
        <source>Purge old history...</source>
        <translation>Depurar historial antiguo...</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Advertencia: %1</translation>
    </message>
    <message>
        <source>No workspace is open; open one with File &gt; Open workspace.</source>
        <translation>No hay ningún espacio de trabajo abierto; abra uno con Archivo &gt; Abrir espacio de trabajo.</translation>
    </message>
    <message>
        <source>Deleted %1 events and %2 devices older than %3 days.</source>
        <translation>Se han eliminado %1 eventos y %2 dispositivos con más de %3 días de antigüedad.</translation>
    </message>
    <message>
        <source>Back up history</source>
        <translation>Copia de seguridad del historial</translation>
    </message>
    <message>
        <source>SQLite files (*.sqlite)</source>
        <translation>Archivos SQLite (*.sqlite)</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Error en la copia de seguridad</translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation>No se puede reemplazar %1.</translation>
    </message>
    <message>
        <source>Backup written</source>
        <translation>Copia de seguridad escrita</translation>
    </message>
    <message>
        <source>The history was copied to %1.</source>
        <translation>El historial se ha copiado en %1.</translation>
    </message>
    <message>
        <source>Purge old history</source>
        <translation>Depurar historial antiguo</translation>
    </message>
    <message>
        <source>Delete events and devices last seen more than this many days ago. Back up the history first if the customer may ask for them.</source>
        <translation>Eliminar los eventos y dispositivos vistos por última vez hace más de este número de días. Haga antes una copia de seguridad del historial si el cliente puede solicitarlos.</translation>
    </message>
    <message>
        <source>Purge failed</source>
        <translation>Error en la depuración</translation>
    </message>
    <message>
        <source>History purged</source>
        <translation>Historial depurado</translation>
    </message>
</context>
<context>
    <name>ztp::ui::HistoryDialog</name>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>MAC, e.g. 00:1c:73:1a:2b:3c</source>
        <translation>MAC, p. ej. 00:1c:73:1a:2b:3c</translation>
    </message>
    <message>
        <source>Text in the summary or details</source>
        <translation>Texto del resumen o de los detalles</translation>
    </message>
    <message>
        <source>From (UTC)</source>
        <translation>Desde (UTC)</translation>
    </message>
    <message>
        <source>To (UTC)</source>
        <translation>Hasta (UTC)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Kind</source>
        <extracomment>Filter label: the kind of history event (lease, transfer, console session...).</extracomment>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Text</source>
        <extracomment>Filter label: text searched for in the events.</extracomment>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Select an event to see its device&apos;s timeline.</source>
        <translation>Seleccione un evento para ver la cronología de su dispositivo.</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Hora (UTC)</translation>
    </message>
    <message>
        <source>Since first event</source>
        <translation>Desde el primer evento</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>The first %1 events; narrow the search to see the rest.</source>
        <translation>Los primeros %1 eventos; acote la búsqueda para ver el resto.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n evento</numerusform>
            <numerusform>%n eventos</numerusform>
        </translation>
    </message>
    <message>
        <source>This event belongs to the bench, not to one device.</source>
        <translation>Este evento pertenece al banco, no a un dispositivo concreto.</translation>
    </message>
    <message numerus="yes">
        <source>Timeline of %1: %n event(s)</source>
        <translation>
            <numerusform>Cronología de %1: %n evento</numerusform>
            <numerusform>Cronología de %1: %n eventos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ztp::ui::InventoryImportDialog</name>
    <message>
        <source>Import inventory: %1</source>
        <translation>Importar inventario: %1</translation>
    </message>
    <message>
        <source>The first row holds column names</source>
        <translation>La primera fila contiene los nombres de columna</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Choose what each column is. Keys are the MAC address and the serial number; every other column becomes a template variable.</source>
        <translation>Elija qué es cada columna. Las claves son la dirección MAC y el número de serie; todas las demás columnas se convierten en variables de plantilla.</translation>
    </message>
    <message>
        <source>Problems (nothing is imported until there are none):</source>
        <translation>Problemas (no se importa nada hasta que no quede ninguno):</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(ignorar)</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>Dirección MAC</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Número de serie</translation>
    </message>
    <message>
        <source>Hostname</source>
        <translation>Nombre de host</translation>
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
        <translation>Iniciar servicios</translation>
    </message>
    <message>
        <source>Start or stop DHCP and TFTP on the chosen interface</source>
        <translation>Iniciar o detener DHCP y TFTP en la interfaz elegida</translation>
    </message>
    <message>
        <source>Refresh interfaces</source>
        <translation>Actualizar interfaces</translation>
    </message>
    <message>
        <source>Console cable...</source>
        <translation>Cable de consola...</translation>
    </message>
    <message>
        <source>Open a serial console and push a configuration over it</source>
        <translation>Abrir una consola serie y enviar una configuración a través de ella</translation>
    </message>
    <message>
        <source>Export report (CSV)...</source>
        <translation>Exportar informe (CSV)...</translation>
    </message>
    <message>
        <source>Open workspace...</source>
        <translation>Abrir espacio de trabajo...</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>About ZTP Workbench</source>
        <translation>Acerca de ZTP Workbench</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Bench</source>
        <translation>&amp;Banco</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Bench</source>
        <translation>Banco</translation>
    </message>
    <message>
        <source>Interface:</source>
        <translation>Interfaz:</translation>
    </message>
    <message>
        <source>The servers answer on this interface only. Choose the one cabled to the devices, never the office network.</source>
        <translation>Los servidores responden solo en esta interfaz. Elija la que está cableada a los dispositivos, nunca la red de la oficina.</translation>
    </message>
    <message>
        <source>Search devices by MAC, hostname, serial, IP...</source>
        <translation>Buscar dispositivos por MAC, nombre de host, número de serie, IP...</translation>
    </message>
    <message>
        <source>Scan a serial number or MAC to select its device</source>
        <translation>Escanee un número de serie o una MAC para seleccionar su dispositivo</translation>
    </message>
    <message>
        <source>No device has the serial number or MAC %1.</source>
        <translation>Ningún dispositivo tiene el número de serie o la MAC %1.</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>ZTP Workbench %1
Zero-touch provisioning for a staging bench.</source>
        <translation>ZTP Workbench %1
Aprovisionamiento zero-touch para un banco de preconfiguración.</translation>
    </message>
    <message>
        <source>Choose an interface...</source>
        <translation>Elegir una interfaz...</translation>
    </message>
    <message>
        <source>no IPv4 address</source>
        <translation>sin dirección IPv4</translation>
    </message>
    <message>
        <source> (down)</source>
        <translation> (inactiva)</translation>
    </message>
    <message>
        <source>Choose an interface</source>
        <translation>Elegir una interfaz</translation>
    </message>
    <message>
        <source>Choose the network interface that is cabled to the devices first. The servers answer on that interface only.</source>
        <translation>Elija primero la interfaz de red cableada a los dispositivos. Los servidores responden solo en esa interfaz.</translation>
    </message>
    <message>
        <source>Cannot start the services</source>
        <translation>No se pueden iniciar los servicios</translation>
    </message>
    <message>
        <source>Stop services</source>
        <translation>Detener servicios</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Serving on %1 as %2, pool %3 - %4. Workspace: %5</source>
        <translation>En servicio en %1 como %2, rango %3 - %4. Espacio de trabajo: %5</translation>
    </message>
    <message>
        <source>Stopped. Workspace: %1</source>
        <translation>Detenido. Espacio de trabajo: %1</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Error en la exportación</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Informe escrito en %1</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Plantillas</translation>
    </message>
    <message>
        <source>Show template editor</source>
        <translation>Mostrar el editor de plantillas</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Abrir espacio de trabajo</translation>
    </message>
    <message>
        <source>Cannot open the workspace</source>
        <translation>No se puede abrir el espacio de trabajo</translation>
    </message>
    <message>
        <source>Workspace in use</source>
        <translation>Espacio de trabajo en uso</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Configuración</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>System language</source>
        <extracomment>Language menu entry: use the operating system&apos;s language.</extracomment>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>ZTP Workbench shows the new language the next time it starts.</source>
        <translation>ZTP Workbench mostrará el nuevo idioma la próxima vez que se inicie.</translation>
    </message>
    <message>
        <source>Export DHCP options...</source>
        <translation>Exportar opciones DHCP...</translation>
    </message>
    <message>
        <source>Show the vendor profiles&apos; DHCP options as configuration for ISC dhcpd, Kea, dnsmasq or a Cisco IOS pool</source>
        <translation>Mostrar las opciones DHCP de los perfiles de fabricante como configuración para ISC dhcpd, Kea, dnsmasq o un pool DHCP de Cisco IOS</translation>
    </message>
    <message>
        <source>Server certificate...</source>
        <translation>Certificado del servidor...</translation>
    </message>
    <message>
        <source>Show the HTTPS certificate&apos;s fingerprint, to pin it on devices</source>
        <translation>Mostrar la huella digital del certificado HTTPS para fijarla en los dispositivos</translation>
    </message>
    <message>
        <source>Assignment rules...</source>
        <translation>Reglas de asignación...</translation>
    </message>
    <message>
        <source>Bench positions...</source>
        <translation>Posiciones en el banco...</translation>
    </message>
</context>
<context>
    <name>ztp::ui::OptionExportDialog</name>
    <message>
        <source>Export DHCP options</source>
        <translation>Exportar opciones DHCP</translation>
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
        <translation>Pool DHCP de Cisco IOS</translation>
    </message>
    <message>
        <source>IPv4 address, such as 192.0.2.1</source>
        <translation>Dirección IPv4, por ejemplo, 192.0.2.1</translation>
    </message>
    <message>
        <source>Written where a profile uses {server} or {tftp}: the address the devices reach the TFTP or HTTP server at in production.</source>
        <translation>Se escribe donde un perfil usa {server} o {tftp}: la dirección en la que los dispositivos acceden al servidor TFTP o HTTP en producción.</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Perfil:</translation>
    </message>
    <message>
        <source>Server address:</source>
        <extracomment>The address substituted for {server} in exported DHCP options.</extracomment>
        <translation>Dirección del servidor:</translation>
    </message>
    <message>
        <source>Copy</source>
        <extracomment>Copies the exported DHCP configuration to the clipboard.</extracomment>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>All profiles</source>
        <translation>Todos los perfiles</translation>
    </message>
    <message>
        <source>Enter the server address: %1</source>
        <translation>Introduzca la dirección del servidor: %1</translation>
    </message>
    <message>
        <source>Cannot export: %1</source>
        <translation>No se puede exportar: %1</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Omitido: %1</translation>
    </message>
</context>
<context>
    <name>ztp::ui::RogueServerBanner</name>
    <message>
        <source>Dismiss</source>
        <extracomment>Closes the rogue DHCP server warning bar.</extracomment>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>unknown MAC</source>
        <translation>MAC desconocida</translation>
    </message>
    <message>
        <source>%1 (MAC %2) answers on %3 and offered %4.</source>
        <translation>%1 (MAC %2) responde en %3 y ha ofrecido %4.</translation>
    </message>
    <message>
        <source>Another DHCP server is on the bench network!</source>
        <translation>¡Hay otro servidor DHCP en la red del banco!</translation>
    </message>
    <message>
        <source>%1 other DHCP servers are on the bench network!</source>
        <translation>¡Hay otros %1 servidores DHCP en la red del banco!</translation>
    </message>
    <message>
        <source>Devices may take their address from it and miss their configuration. Disconnect it or move the bench to its own segment.</source>
        <translation>Los dispositivos pueden tomar su dirección de él y no recibir su configuración. Desconéctelo o traslade el banco a su propio segmento.</translation>
    </message>
</context>
<context>
    <name>ztp::ui::ServerCertificateDialog</name>
    <message>
        <source>Server certificate</source>
        <translation>Certificado del servidor</translation>
    </message>
    <message>
        <source>Devices that pin the HTTPS server certificate need one of these values. The CA certificate in %1 works for devices that take a trust store instead.</source>
        <translation>Los dispositivos que fijan el certificado del servidor HTTPS necesitan uno de estos valores. El certificado de CA de %1 sirve para los dispositivos que usan en su lugar un almacén de confianza.</translation>
    </message>
    <message>
        <source>Copy</source>
        <extracomment>Button that copies a certificate fingerprint or key pin to the clipboard.</extracomment>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>Huella digital SHA-256:</translation>
    </message>
    <message>
        <source>Public key pin:</source>
        <translation>Pin de clave pública:</translation>
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
        <translation>Coincidir mayúsculas y minúsculas</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Reemplazar por</translation>
    </message>
    <message>
        <source>Next</source>
        <extracomment>Button: find the next match.</extracomment>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Previous</source>
        <extracomment>Button: find the previous match.</extracomment>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Reemplazar</translation>
    </message>
    <message>
        <source>Replace all</source>
        <translation>Reemplazar todo</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
    <message>
        <source>Wrapped</source>
        <extracomment>Search status: the search went past the end and continued from the start.</extracomment>
        <translation>Búsqueda reiniciada desde el principio</translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n reemplazo</numerusform>
            <numerusform>%n reemplazos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ztp::ui::editor::TemplateEditorWidget</name>
    <message>
        <source>New...</source>
        <translation>Nueva...</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Check all devices</source>
        <translation>Comprobar todos los dispositivos</translation>
    </message>
    <message>
        <source>Save the template and record the revision (Ctrl+S)</source>
        <translation>Guardar la plantilla y registrar la revisión (Ctrl+S)</translation>
    </message>
    <message>
        <source>List the variables each device is missing and any syntax error</source>
        <translation>Enumerar las variables que le faltan a cada dispositivo y cualquier error de sintaxis</translation>
    </message>
    <message>
        <source>Show secrets</source>
        <translation>Mostrar secretos</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>Missing variables</source>
        <translation>Variables que faltan</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Diff with last sent</source>
        <translation>Diferencias con el último envío</translation>
    </message>
    <message>
        <source>Lint</source>
        <extracomment>Tab title: the check of every device for missing variables and template errors.</extracomment>
        <translation>Validación</translation>
    </message>
    <message>
        <source>Assigned %1 to %2</source>
        <translation>%1 asignada a %2</translation>
    </message>
    <message>
        <source>Unsaved template</source>
        <translation>Plantilla sin guardar</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Discard them?</source>
        <translation>%1 tiene cambios sin guardar. ¿Desea descartarlos?</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>Open or create a template before saving.</source>
        <translation>Abra o cree una plantilla antes de guardar.</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>No se puede guardar %1: %2</translation>
    </message>
    <message>
        <source>Saved %1, revision %2</source>
        <translation>%1 guardada, revisión %2</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Nueva plantilla</translation>
    </message>
    <message>
        <source>Name, relative to templates/ (for example leaf.j2):</source>
        <translation>Nombre, relativo a templates/ (por ejemplo, leaf.j2):</translation>
    </message>
    <message>
        <source>&apos;%1&apos; leaves the templates folder; give a name inside it.</source>
        <translation>&apos;%1&apos; sale de la carpeta de plantillas; indique un nombre dentro de ella.</translation>
    </message>
    <message>
        <source>%1 already exists; pick it from the list.</source>
        <translation>%1 ya existe; selecciónela en la lista.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>No se puede crear %1: %2</translation>
    </message>
    <message>
        <source>%1 was removed or cannot be read; save to write it again.</source>
        <translation>%1 se ha eliminado o no se puede leer; guarde para volver a escribirla.</translation>
    </message>
    <message>
        <source>%1 changed on disk; saving will overwrite that change.</source>
        <translation>%1 ha cambiado en el disco; al guardar se sobrescribirá ese cambio.</translation>
    </message>
    <message>
        <source>Reloaded %1, which changed outside the editor.</source>
        <translation>Se ha recargado %1, que ha cambiado fuera del editor.</translation>
    </message>
    <message>
        <source>Select a device in the table to preview the template for it.</source>
        <translation>Seleccione un dispositivo en la tabla para ver la vista previa de la plantilla para él.</translation>
    </message>
    <message>
        <source>%1 rendered for %2 %3</source>
        <translation>%1 generada para %2 %3</translation>
    </message>
    <message>
        <source>Cannot render: %1</source>
        <translation>No se puede generar: %1</translation>
    </message>
    <message>
        <source>No configuration has been sent to %1 yet.</source>
        <translation>Aún no se ha enviado ninguna configuración a %1.</translation>
    </message>
    <message>
        <source>The configuration sent to %1 (SHA-256 %2) is not stored, so there is nothing to compare with.</source>
        <translation>La configuración enviada a %1 (SHA-256 %2) no está almacenada, por lo que no hay nada con qué comparar.</translation>
    </message>
    <message>
        <source>%1 devices checked, %2 with problems</source>
        <translation>%1 dispositivos comprobados, %2 con problemas</translation>
    </message>
</context>
<context>
    <name>ztp::ui::editor::TemplateListWidget</name>
    <message>
        <source>Drag a template onto device rows to assign it</source>
        <translation>Arrastre una plantilla a las filas de dispositivos para asignarla</translation>
    </message>
</context>
<context>
    <name>ztp::ui::editor::VariablePalette</name>
    <message>
        <source>Drag a variable into the template to insert {{ name }}</source>
        <translation>Arrastre una variable a la plantilla para insertar {{ name }}</translation>
    </message>
    <message>
        <source>Built-in</source>
        <extracomment>Group title: variables the application provides for every device (hostname, mac, ip...).</extracomment>
        <translation>Integradas</translation>
    </message>
    <message>
        <source>Inventory columns</source>
        <translation>Columnas del inventario</translation>
    </message>
    <message>
        <source>variables.json</source>
        <translation>variables.json</translation>
    </message>
    <message>
        <source>%1 (secret)</source>
        <translation>%1 (secreta)</translation>
    </message>
</context>
<context>
    <name>ztp::workspace</name>
    <message>
        <source>line %1: a quoted field is not closed; add the closing double quote</source>
        <translation>línea %1: un campo entre comillas no está cerrado; añada las comillas dobles de cierre</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text; save it from the spreadsheet as &quot;CSV UTF-8&quot; and import it again</source>
        <translation>el archivo no es texto UTF-8; guárdelo desde la hoja de cálculo como &quot;CSV UTF-8&quot; e impórtelo de nuevo</translation>
    </message>
</context>
<context>
    <name>ztp::workspace::Inventory</name>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: no se puede leer: %2</translation>
    </message>
    <message>
        <source>%1: cannot write: %2; check the directory&apos;s permissions and free space</source>
        <translation>%1: no se puede escribir: %2; compruebe los permisos y el espacio libre del directorio</translation>
    </message>
    <message>
        <source>header &apos;%1&apos; is not a valid variable name; use letters, digits and underscores</source>
        <translation>el encabezado &apos;%1&apos; no es un nombre de variable válido; use letras, dígitos y guiones bajos</translation>
    </message>
    <message>
        <source>column %1 maps to &apos;%2&apos; like column %3; rename or ignore one of them</source>
        <translation>la columna %1 se asigna a &apos;%2&apos; igual que la columna %3; cambie el nombre de una de ellas o ignórela</translation>
    </message>
    <message>
        <source>the header has neither a &apos;mac&apos; nor a &apos;serial&apos; column; add one so devices can be matched</source>
        <translation>el encabezado no tiene ninguna columna &apos;mac&apos; ni &apos;serial&apos;; añada una para poder identificar los dispositivos</translation>
    </message>
    <message>
        <source>%1 is already on line %2</source>
        <translation>%1 ya está en la línea %2</translation>
    </message>
    <message>
        <source>line %1, column &apos;%2&apos;: %3</source>
        <translation>línea %1, columna &apos;%2&apos;: %3</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>línea %1, columna %2: %3</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <source>the file is empty; add a header row with at least a mac or serial column</source>
        <translation>el archivo está vacío; añada una fila de encabezado con al menos una columna mac o serial</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Columna %1</translation>
    </message>
    <message>
        <source>%1 fields but the header has %2; quote fields that contain the delimiter</source>
        <translation>%1 campos, pero el encabezado tiene %2; ponga entre comillas los campos que contengan el delimitador</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a MAC address; write it as 00:1c:73:1a:2b:3c</source>
        <translation>&apos;%1&apos; no es una dirección MAC; escríbala como 00:1c:73:1a:2b:3c</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a multicast, broadcast or zero address, not a device&apos;s MAC address</source>
        <translation>&apos;%1&apos; es una dirección multicast, de difusión o nula, no la dirección MAC de un dispositivo</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IPv4 address; write it as 10.0.0.23 or leave it empty</source>
        <translation>&apos;%1&apos; no es una dirección IPv4; escríbala como 10.0.0.23 o deje el campo vacío</translation>
    </message>
    <message>
        <source>the row has neither a MAC address nor a serial number</source>
        <translation>la fila no tiene ni dirección MAC ni número de serie</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is already on line %3</source>
        <translation>%1 &apos;%2&apos; ya está en la línea %3</translation>
    </message>
    <message>
        <source>the value contains a line break or another control character; keep it on one line</source>
        <translation>el valor contiene un salto de línea u otro carácter de control; manténgalo en una sola línea</translation>
    </message>
    <message>
        <source>the value contains a NUL character; remove it</source>
        <translation>el valor contiene un carácter NUL; elimínelo</translation>
    </message>
</context>
<context>
    <name>ztp::workspace::VariableResolver</name>
    <message>
        <source>%1:%2:%3: invalid JSON: %4; fix the file or remove it</source>
        <translation>%1:%2:%3: JSON no válido: %4; corrija el archivo o elimínelo</translation>
    </message>
    <message>
        <source>%1: the file must contain one JSON object of variable names and values, for example {&quot;ntp_server&quot;: &quot;10.0.0.1&quot;}</source>
        <translation>%1: el archivo debe contener un único objeto JSON de nombres y valores de variables, por ejemplo {&quot;ntp_server&quot;: &quot;10.0.0.1&quot;}</translation>
    </message>
    <message>
        <source>%1: &quot;$secrets&quot; must be a list of variable names, for example [&quot;enable_secret&quot;]</source>
        <translation>%1: &quot;$secrets&quot; debe ser una lista de nombres de variables, por ejemplo [&quot;enable_secret&quot;]</translation>
    </message>
    <message>
        <source>%1: &quot;$secrets&quot; contains %2, which is not a variable name; list names as strings</source>
        <translation>%1: &quot;$secrets&quot; contiene %2, que no es un nombre de variable; indique los nombres como cadenas</translation>
    </message>
    <message>
        <source>Cannot read %1: %2; check its permissions</source>
        <translation>No se puede leer %1: %2; compruebe sus permisos</translation>
    </message>
    <message>
        <source>Several variable files match device %1 (serial %2): %3; merge them into one and delete the others</source>
        <translation>Varios archivos de variables coinciden con el dispositivo %1 (número de serie %2): %3; combínelos en uno solo y elimine los demás</translation>
    </message>
</context>
<context>
    <name>ztp::workspace::Workspace</name>
    <message>
        <source>%1: line %2: invalid JSON: %3</source>
        <translation>%1: línea %2: JSON no válido: %3</translation>
    </message>
    <message>
        <source>%1: line 1: the file must hold a JSON object</source>
        <translation>%1: línea 1: el archivo debe contener un objeto JSON</translation>
    </message>
    <message>
        <source>%1: line %2, key &apos;%3&apos;: %4</source>
        <translation>%1: línea %2, clave &apos;%3&apos;: %4</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>se esperaba una cadena</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IPv4 address; write it as 10.0.0.1 or leave it empty to derive it from the interface</source>
        <translation>&apos;%1&apos; no es una dirección IPv4; escríbala como 10.0.0.1 o deje el campo vacío para obtenerla de la interfaz</translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2</source>
        <translation>se esperaba un número entero de %1 a %2</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>se esperaba un objeto</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>se esperaba true o false</translation>
    </message>
    <message>
        <source>expected a list of addresses</source>
        <translation>se esperaba una lista de direcciones</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IPv4 address</source>
        <translation>&apos;%1&apos; no es una dirección IPv4</translation>
    </message>
    <message>
        <source>the boot file name has %1 octets; use at most 127 so it fits the DHCP file field and option 67</source>
        <translation>el nombre del archivo de arranque tiene %1 octetos; use como máximo 127 para que quepa en el campo file de DHCP y en la opción 67</translation>
    </message>
    <message>
        <source>set both ends of the pool, or neither to derive it from the interface</source>
        <translation>establezca ambos extremos del rango, o ninguno para obtenerlo de la interfaz</translation>
    </message>
    <message>
        <source>the pool ends at %1, before it starts at %2</source>
        <translation>el rango termina en %1, antes de empezar en %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1; check that you may write there.</source>
        <translation>No se puede crear la carpeta %1; compruebe que tiene permiso de escritura en ella.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>%1: cannot read (%2); create a workspace with &apos;ztpw init %3&apos;</source>
        <translation>%1: no se puede leer (%2); cree un espacio de trabajo con &apos;ztpw init %3&apos;</translation>
    </message>
    <message>
        <source>unknown key; did you mean &apos;%1&apos;?</source>
        <translation>clave desconocida; ¿quiso decir &apos;%1&apos;?</translation>
    </message>
    <message>
        <source>unknown key; the known keys here are %1</source>
        <translation>clave desconocida; las claves conocidas aquí son %1</translation>
    </message>
    <message>
        <source>set both ends of the transfer port range, or neither to let the system pick the ports</source>
        <translation>indique ambos extremos del rango de puertos de transferencia, o ninguno para que el sistema elija los puertos</translation>
    </message>
    <message>
        <source>the transfer port range ends at %1, before it starts at %2</source>
        <translation>el rango de puertos de transferencia termina en %1, antes de empezar en %2</translation>
    </message>
</context>
</TS>
