<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>main</name>
    <message>
        <source>Zero-touch provisioning bench for network devices.</source>
        <translation>Bancada de provisionamento zero-touch para dispositivos de rede.</translation>
    </message>
    <message>
        <source>Workspace folder; by default one in the user&apos;s data folder, created on first start.</source>
        <translation>Pasta do espaço de trabalho; por padrão, uma pasta na pasta de dados do usuário, criada na primeira inicialização.</translation>
    </message>
    <message>
        <source>Preselect the network interface that faces the devices.</source>
        <translation>Pré-selecionar a interface de rede voltada para os dispositivos.</translation>
    </message>
    <message>
        <source>Start the services at once on the interface given with --interface.</source>
        <translation>Iniciar os serviços imediatamente na interface informada com --interface.</translation>
    </message>
    <message>
        <source>--start needs --interface: the services start only on an interface you name.
</source>
        <translation>--start requer --interface: os serviços só são iniciados em uma interface que você especificar.
</translation>
    </message>
    <message>
        <source>Cannot open the workspace</source>
        <translation>Não é possível abrir o espaço de trabalho</translation>
    </message>
    <message>
        <source>User interface language for this run, for example de or pt_BR; en shows the English texts.</source>
        <translation>Idioma da interface para esta execução, por exemplo de ou pt_BR; en mostra os textos em inglês.</translation>
    </message>
    <message>
        <source>Unknown language &apos;%1&apos;. Use one of: %2.
</source>
        <translation>Idioma desconhecido &apos;%1&apos;. Use um destes: %2.
</translation>
    </message>
</context>
<context>
    <name>ztp</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não é possível gravar %1: %2</translation>
    </message>
</context>
<context>
    <name>ztp::bench::BenchService</name>
    <message>
        <source>No workspace is open.</source>
        <translation>Nenhum espaço de trabalho está aberto.</translation>
    </message>
    <message>
        <source>Choose the network interface that faces the devices before starting.</source>
        <translation>Escolha a interface de rede voltada para os dispositivos antes de iniciar.</translation>
    </message>
    <message>
        <source>Network interface &apos;%1&apos; does not exist. Pick one from the list of interfaces (&apos;ip link&apos; shows them).</source>
        <translation>A interface de rede &apos;%1&apos; não existe. Escolha uma na lista de interfaces (&apos;ip link&apos; as exibe).</translation>
    </message>
    <message>
        <source>%1: line %2, column &apos;ip&apos;: &apos;%3&apos; is not a free IPv4 address in the subnet of %4; correct it or leave it empty for a pool address.</source>
        <translation>%1: linha %2, coluna &apos;ip&apos;: &apos;%3&apos; não é um endereço IPv4 livre na sub-rede de %4; corrija-o ou deixe-o vazio para usar um endereço do pool.</translation>
    </message>
    <message>
        <source>No device with MAC %1 is known; wait until it has sent a DHCP request, then assign the template again.</source>
        <translation>Nenhum dispositivo com MAC %1 é conhecido; aguarde até que ele envie uma solicitação DHCP e atribua o template novamente.</translation>
    </message>
    <message>
        <source>Template %1 is not in %2; save it there first.</source>
        <translation>O template %1 não está em %2; salve-o lá primeiro.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>Another DHCP server, %1, answers on %2 and offered %3; its MAC address is %4. Devices may take their address from it: disconnect it or move the bench to its own segment.</source>
        <translation>Outro servidor DHCP, %1, responde em %2 e ofereceu %3; o endereço MAC dele é %4. Os dispositivos podem obter o endereço dele: desconecte-o ou mova a bancada para um segmento próprio.</translation>
    </message>
</context>
<context>
    <name>ztp::bench::NetworkPlan</name>
    <message>
        <source>Interface %1 is the loopback interface; choose the interface that is cabled to the devices.</source>
        <translation>A interface %1 é a interface de loopback; escolha a interface cabeada aos dispositivos.</translation>
    </message>
    <message>
        <source>Interface %1 has no IPv4 address. Give it a static address (for example 10.0.0.1/24) and start again.</source>
        <translation>A interface %1 não tem endereço IPv4. Atribua a ela um endereço estático (por exemplo, 10.0.0.1/24) e inicie novamente.</translation>
    </message>
    <message>
        <source>Interface %1 has prefix /%2; use a prefix from /8 to /30 so the subnet has room for devices.</source>
        <translation>A interface %1 tem prefixo /%2; use um prefixo de /8 a /30 para que a sub-rede tenha espaço para os dispositivos.</translation>
    </message>
    <message>
        <source>The pool %1 - %2 includes the network or broadcast address of %3/%4; start dhcp.poolFirst above the first and end dhcp.poolLast below the last address of the subnet.</source>
        <translation>O pool %1 - %2 inclui o endereço de rede ou de broadcast de %3/%4; comece dhcp.poolFirst acima do primeiro endereço e termine dhcp.poolLast abaixo do último endereço da sub-rede.</translation>
    </message>
    <message>
        <source>The pool %1 - %2 is not inside the subnet of %3 (%4/%5); change dhcp.poolFirst and dhcp.poolLast in workbench.json.</source>
        <translation>O pool %1 - %2 não está dentro da sub-rede de %3 (%4/%5); altere dhcp.poolFirst e dhcp.poolLast em workbench.json.</translation>
    </message>
    <message>
        <source>dhcp.subnetMask %1 is not a valid subnet mask; write it as 255.255.255.0 or leave it empty to use the interface&apos;s prefix.</source>
        <translation>dhcp.subnetMask %1 não é uma máscara de sub-rede válida; escreva-a como 255.255.255.0 ou deixe-a vazia para usar o prefixo da interface.</translation>
    </message>
    <message>
        <source>dhcp.router %1 is outside the subnet %2/%3, so devices could not reach it; use an address of that subnet or leave it empty.</source>
        <translation>dhcp.router %1 está fora da sub-rede %2/%3, portanto os dispositivos não conseguiriam alcançá-lo; use um endereço dessa sub-rede ou deixe-o vazio.</translation>
    </message>
</context>
<context>
    <name>ztp::devices::AssignmentRules</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Não é possível ler %1: %2</translation>
    </message>
    <message>
        <source>%1: invalid JSON at offset %2: %3</source>
        <translation>%1: JSON inválido no deslocamento %2: %3</translation>
    </message>
    <message>
        <source>%1: expected an object with a &quot;rules&quot; array</source>
        <translation>%1: esperava-se um objeto com um array &quot;rules&quot;</translation>
    </message>
    <message>
        <source>%1: expected an object</source>
        <translation>%1: esperava-se um objeto</translation>
    </message>
    <message>
        <source>%1, key &apos;match&apos;: &apos;%2&apos; is not one of serial, mac, model, vendor, profile</source>
        <translation>%1, chave &apos;match&apos;: &apos;%2&apos; não é serial, mac, model, vendor nem profile</translation>
    </message>
    <message>
        <source>%1, key &apos;pattern&apos;: missing; use a value or a wildcard such as FOC27*</source>
        <translation>%1, chave &apos;pattern&apos;: ausente; use um valor ou um curinga como FOC27*</translation>
    </message>
    <message>
        <source>%1: the rule assigns nothing; set template, image or profile</source>
        <translation>%1: a regra não atribui nada; defina um template, uma imagem ou um perfil</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não é possível gravar %1: %2</translation>
    </message>
</context>
<context>
    <name>ztp::devices::BenchPositions</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Não é possível ler %1: %2</translation>
    </message>
    <message>
        <source>%1: invalid JSON at offset %2: %3</source>
        <translation>%1: JSON inválido no deslocamento %2: %3</translation>
    </message>
    <message>
        <source>%1: expected an object with a &quot;positions&quot; object that maps circuit ids to position names</source>
        <translation>%1: esperava-se um objeto com um objeto &quot;positions&quot; que mapeie IDs de circuito para nomes de posição</translation>
    </message>
    <message>
        <source>%1, key &apos;positions.%2&apos;: expected the position&apos;s name as a string</source>
        <translation>%1, chave &apos;positions.%2&apos;: esperava-se o nome da posição como string</translation>
    </message>
    <message>
        <source>Circuit id &apos;%1&apos; has no position name; enter both or remove the row.</source>
        <translation>O ID de circuito &apos;%1&apos; não tem nome de posição; informe ambos ou remova a linha.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não é possível gravar %1: %2</translation>
    </message>
</context>
<context>
    <name>ztp::dhcp::DhcpServer</name>
    <message>
        <source>No network interface is chosen. Choose the interface that faces the devices, then start the DHCP server.</source>
        <translation>Nenhuma interface de rede foi escolhida. Escolha a interface voltada para os dispositivos e inicie o servidor DHCP.</translation>
    </message>
    <message>
        <source>Ping before offer is on (dhcp.pingBeforeOfferMs), but pinging on %1 failed: %2. Grant the privilege or set dhcp.pingBeforeOfferMs to 0.</source>
        <translation>O ping antes da oferta está ativado (dhcp.pingBeforeOfferMs), mas o ping em %1 falhou: %2. Conceda o privilégio ou defina dhcp.pingBeforeOfferMs como 0.</translation>
    </message>
</context>
<context>
    <name>ztp::http::HttpServer</name>
    <message>
        <source>HTTPS on port %1 needs TLS, but Qt found no TLS backend; install libssl3 or set the HTTPS port to 0.</source>
        <translation>O HTTPS na porta %1 requer TLS, mas o Qt não encontrou nenhum backend TLS; instale libssl3 ou defina a porta HTTPS como 0.</translation>
    </message>
    <message>
        <source>Cannot listen on TCP %1:%2 for %3: %4. Stop the other server on that port, choose another port in workbench.json, or run with the privilege to bind ports below 1024.</source>
        <translation>Não é possível escutar em TCP %1:%2 para %3: %4. Pare o outro servidor nessa porta, escolha outra porta em workbench.json ou execute com privilégio para usar portas abaixo de 1024.</translation>
    </message>
    <message>
        <source>The server has no handler yet.</source>
        <translation>O servidor ainda não tem manipulador.</translation>
    </message>
</context>
<context>
    <name>ztp::http::ProvisioningServices</name>
    <message>
        <source>Cannot prepare the HTTPS certificate: %1</source>
        <translation>Não é possível preparar o certificado HTTPS: %1</translation>
    </message>
</context>
<context>
    <name>ztp::models::DeviceTableModel</name>
    <message>
        <source>Discovered</source>
        <comment>device state</comment>
        <translation>Descoberto</translation>
    </message>
    <message>
        <source>Leased</source>
        <comment>device state: holds a DHCP lease</comment>
        <translation>Com concessão</translation>
    </message>
    <message>
        <source>Configuration sent</source>
        <comment>device state</comment>
        <translation>Configuração enviada</translation>
    </message>
    <message>
        <source>Image sent</source>
        <comment>device state</comment>
        <translation>Imagem enviada</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>device state: the device reported success</comment>
        <translation>Concluído</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>device state</comment>
        <translation>Falhou</translation>
    </message>
    <message>
        <source>Stalled</source>
        <comment>device state: no progress for a while</comment>
        <translation>Sem progresso</translation>
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
        <translation>Endereço MAC</translation>
    </message>
    <message>
        <source>Vendor class</source>
        <comment>DHCP option 60</comment>
        <translation>Classe de fornecedor</translation>
    </message>
    <message>
        <source>Hostname</source>
        <translation>Nome do host</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Número de série</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>Endereço IP</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Visto por último</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Fornecedor</translation>
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
        <translation>Template</translation>
    </message>
    <message>
        <source>Bench position</source>
        <comment>from the DHCP option 82 circuit id</comment>
        <translation>Posição na bancada</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transferência</translation>
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
        <translation>Detalhes</translation>
    </message>
</context>
<context>
    <name>ztp::platform</name>
    <message>
        <source>Binding to interface %1 is not implemented on this operating system yet.</source>
        <translation>A vinculação à interface %1 ainda não foi implementada neste sistema operacional.</translation>
    </message>
    <message>
        <source>Run the program as administrator.</source>
        <translation>Execute o programa como administrador.</translation>
    </message>
    <message>
        <source>Cannot create a UDP socket: %1</source>
        <translation>Não é possível criar um socket UDP: %1</translation>
    </message>
    <message>
        <source>Cannot bind a socket to interface %1: %2. %3</source>
        <translation>Não é possível vincular um socket à interface %1: %2. %3</translation>
    </message>
    <message>
        <source>Another program uses this port; stop it (for example another DHCP or TFTP server) and start again.</source>
        <translation>Outro programa está usando esta porta; pare-o (por exemplo, outro servidor DHCP ou TFTP) e inicie novamente.</translation>
    </message>
    <message>
        <source>Cannot bind UDP port %1 on %2 (%3): %4. %5</source>
        <translation>Não é possível vincular a porta UDP %1 em %2 (%3): %4. %5</translation>
    </message>
    <message>
        <source>Run as root, or grant the capabilities once with &apos;sudo setcap cap_net_bind_service,cap_net_raw,cap_net_admin+ep&apos; on the program.</source>
        <translation>Execute como root ou conceda as capabilities uma única vez com &apos;sudo setcap cap_net_bind_service,cap_net_raw,cap_net_admin+ep&apos; no programa.</translation>
    </message>
    <message>
        <source>Cannot create an ICMP socket: %1. %2</source>
        <translation>Não é possível criar um socket ICMP: %1. %2</translation>
    </message>
    <message>
        <source>Interface %1 not found.</source>
        <translation>Interface %1 não encontrada.</translation>
    </message>
    <message>
        <source>Cannot open a packet socket on %1: %2. %3</source>
        <translation>Não é possível abrir um socket de pacotes em %1: %2. %3</translation>
    </message>
</context>
<context>
    <name>ztp::reports</name>
    <message>
        <source>Cannot create the folder of %1.</source>
        <translation>Não é possível criar a pasta de %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não é possível gravar %1: %2</translation>
    </message>
    <message>
        <source>Line %1 of %2 is not &quot;SHA-256  path&quot;.</source>
        <translation>A linha %1 de %2 não está no formato &quot;SHA-256  path&quot;.</translation>
    </message>
    <message>
        <source>Line %1 of %2 names %3, a path outside the pack.</source>
        <translation>A linha %1 de %2 indica %3, um caminho fora do pacote.</translation>
    </message>
    <message>
        <source>The folder %1 is not empty; choose a new folder for the evidence pack.</source>
        <translation>A pasta %1 não está vazia; escolha uma pasta nova para o pacote de evidências.</translation>
    </message>
    <message>
        <source>%1 has no %2; it is not an evidence pack.</source>
        <translation>%1 não tem %2; não é um pacote de evidências.</translation>
    </message>
    <message>
        <source>The history is not open; open a workspace first.</source>
        <translation>O histórico não está aberto; abra um espaço de trabalho primeiro.</translation>
    </message>
    <message>
        <source>The date range %1 to %2 is empty; the end must come after the start.</source>
        <translation>O intervalo de datas de %1 a %2 está vazio; o fim deve ser posterior ao início.</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>A exportação foi cancelada; nenhum arquivo foi gravado.</translation>
    </message>
    <message>
        <source>Cannot write the key file %1: %2</source>
        <translation>Não é possível gravar o arquivo de chave %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the signing key %1: %2</source>
        <translation>Não é possível ler a chave de assinatura %1: %2</translation>
    </message>
    <message>
        <source>The signing key %1 is not an Ed25519 private key in PEM. Move it away to have a new key generated; packs signed with it then no longer verify against the workspace.</source>
        <translation>A chave de assinatura %1 não é uma chave privada Ed25519 em PEM. Mova-a para outro local para que uma nova chave seja gerada; os pacotes assinados com ela deixarão de ser verificados com este espaço de trabalho.</translation>
    </message>
    <message>
        <source>Cannot generate a signing key: %1</source>
        <translation>Não é possível gerar uma chave de assinatura: %1</translation>
    </message>
    <message>
        <source>Cannot encode the signing key: %1</source>
        <translation>Não é possível codificar a chave de assinatura: %1</translation>
    </message>
    <message>
        <source>Cannot read the public key %1: %2</source>
        <translation>Não é possível ler a chave pública %1: %2</translation>
    </message>
    <message>
        <source>%1 is not an Ed25519 public key in PEM.</source>
        <translation>%1 não é uma chave pública Ed25519 em PEM.</translation>
    </message>
    <message>
        <source>This key has no private part and cannot sign.</source>
        <translation>Esta chave não tem parte privada e não pode assinar.</translation>
    </message>
    <message>
        <source>Cannot sign: %1</source>
        <translation>Não é possível assinar: %1</translation>
    </message>
</context>
<context>
    <name>ztp::serial::ConsoleBench</name>
    <message>
        <source>No workspace is open, so the console session cannot be stored.</source>
        <translation>Nenhum espaço de trabalho está aberto, portanto a sessão de console não pode ser armazenada.</translation>
    </message>
    <message>
        <source>No device given. Name it by serial number or MAC address.</source>
        <translation>Nenhum dispositivo informado. Identifique-o pelo número de série ou pelo endereço MAC.</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Nenhum espaço de trabalho está aberto.</translation>
    </message>
    <message>
        <source>No device with serial number or MAC &apos;%1&apos; in the workspace&apos;s devices or inventory.csv. Add a row for it to inventory.csv, or use a key that &apos;ztpw export&apos; lists.</source>
        <translation>Não há dispositivo com número de série ou MAC &apos;%1&apos; nos dispositivos do espaço de trabalho nem em inventory.csv. Adicione uma linha para ele em inventory.csv ou use uma chave listada por &apos;ztpw export&apos;.</translation>
    </message>
</context>
<context>
    <name>ztp::serial::ConsolePort</name>
    <message>
        <source>Serial port %1 does not exist. Plug the console cable in, or pick a port from &apos;ztpw console ports&apos;.</source>
        <translation>A porta serial %1 não existe. Conecte o cabo de console ou escolha uma porta em &apos;ztpw console ports&apos;.</translation>
    </message>
    <message>
        <source>Cannot open serial port %1: %2. Check that no other program uses it and that you are in the &apos;dialout&apos; group.</source>
        <translation>Não é possível abrir a porta serial %1: %2. Verifique se nenhum outro programa a está usando e se você pertence ao grupo &apos;dialout&apos;.</translation>
    </message>
    <message>
        <source>Serial port %1 does not accept %2: %3. Choose other line settings in the console profile.</source>
        <translation>A porta serial %1 não aceita %2: %3. Escolha outros parâmetros de linha no perfil de console.</translation>
    </message>
    <message>
        <source>Serial port %1 does not accept %2 baud: %3.</source>
        <translation>A porta serial %1 não aceita %2 baud: %3.</translation>
    </message>
    <message>
        <source>Open a serial port before sending BREAK.</source>
        <translation>Abra uma porta serial antes de enviar BREAK.</translation>
    </message>
    <message>
        <source>BREAK duration %1 ms is out of range; use 1 to 10000 ms.</source>
        <translation>A duração de BREAK de %1 ms está fora do intervalo; use de 1 a 10000 ms.</translation>
    </message>
    <message>
        <source>Serial port %1 cannot send BREAK: %2.</source>
        <translation>A porta serial %1 não consegue enviar BREAK: %2.</translation>
    </message>
    <message>
        <source>Cannot set DTR on serial port %1: %2. Pseudo-terminals and some adapters have no modem control lines.</source>
        <translation>Não é possível definir DTR na porta serial %1: %2. Pseudoterminais e alguns adaptadores não têm linhas de controle de modem.</translation>
    </message>
    <message>
        <source>port is closed</source>
        <translation>a porta está fechada</translation>
    </message>
    <message>
        <source>RTS is driven by RTS/CTS flow control on %1; switch flow control off to set it by hand.</source>
        <translation>O RTS é controlado pelo controle de fluxo RTS/CTS em %1; desative o controle de fluxo para defini-lo manualmente.</translation>
    </message>
    <message>
        <source>Cannot set RTS on serial port %1: %2. Pseudo-terminals and some adapters have no modem control lines.</source>
        <translation>Não é possível definir RTS na porta serial %1: %2. Pseudoterminais e alguns adaptadores não têm linhas de controle de modem.</translation>
    </message>
</context>
<context>
    <name>ztp::serial::ConsoleProfile</name>
    <message>
        <source>Console profile &apos;%1&apos; is not a JSON object (%2 at offset %3). Fix the profile file and retry.</source>
        <translation>O perfil de console &apos;%1&apos; não é um objeto JSON (%2 no deslocamento %3). Corrija o arquivo de perfil e tente novamente.</translation>
    </message>
    <message>
        <source>&apos;lineEnding&apos; is &apos;%1&apos;; use cr or crlf</source>
        <translation>&apos;lineEnding&apos; é &apos;%1&apos;; use cr ou crlf</translation>
    </message>
    <message>
        <source>&apos;prompts&apos; needs at least a &quot;privileged&quot; pattern</source>
        <translation>&apos;prompts&apos; requer pelo menos um padrão &quot;privileged&quot;</translation>
    </message>
    <message>
        <source>&apos;errorPatterns&apos; needs at least one pattern, or a rejected line goes unseen</source>
        <translation>&apos;errorPatterns&apos; requer pelo menos um padrão; caso contrário, uma linha rejeitada passa despercebida</translation>
    </message>
    <message>
        <source>Cannot read console profile %1: %2.</source>
        <translation>Não é possível ler o perfil de console %1: %2.</translation>
    </message>
    <message>
        <source>Unknown console profile &apos;%1&apos;. Built-in profiles: %2; or give the path of a .json profile file.</source>
        <translation>Perfil de console desconhecido &apos;%1&apos;. Perfis integrados: %2; ou informe o caminho de um arquivo de perfil .json.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a string</source>
        <translation>&apos;%1&apos; deve ser uma string</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a whole number from %2 to %3</source>
        <translation>&apos;%1&apos; deve ser um número inteiro de %2 a %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid regular expression: %2</source>
        <translation>&apos;%1&apos; não é uma expressão regular válida: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a list of {&quot;pattern&quot;, &quot;response&quot;} objects</source>
        <translation>&apos;%1&apos; deve ser uma lista de objetos {&quot;pattern&quot;, &quot;response&quot;}</translation>
    </message>
    <message>
        <source>every entry of &apos;%1&apos; needs a &quot;pattern&quot; and a &quot;response&quot; string</source>
        <translation>cada entrada de &apos;%1&apos; requer as strings &quot;pattern&quot; e &quot;response&quot;</translation>
    </message>
    <message>
        <source>Console profile &apos;%1&apos; is invalid: %2. Fix the profile file and retry.</source>
        <translation>O perfil de console &apos;%1&apos; é inválido: %2. Corrija o arquivo de perfil e tente novamente.</translation>
    </message>
    <message>
        <source>&apos;parity&apos; is &apos;%1&apos;; use none, even or odd</source>
        <translation>&apos;parity&apos; é &apos;%1&apos;; use none, even ou odd</translation>
    </message>
    <message>
        <source>&apos;flowControl&apos; is &apos;%1&apos;; use none, rts/cts or xon/xoff</source>
        <translation>&apos;flowControl&apos; é &apos;%1&apos;; use none, rts/cts ou xon/xoff</translation>
    </message>
    <message>
        <source>each of &apos;textBlocks&apos; needs a &quot;start&quot; pattern, and either a capture group named &quot;delimiter&quot; in it or an &quot;end&quot; pattern</source>
        <translation>cada entrada de &apos;textBlocks&apos; precisa de um padrão &quot;start&quot; e, ou um grupo de captura chamado &quot;delimiter&quot; nele, ou um padrão &quot;end&quot;</translation>
    </message>
</context>
<context>
    <name>ztp::serial::ConsolePushSession</name>
    <message>
        <source>The push was aborted after %1 of %2 lines.</source>
        <translation>O envio foi interrompido após %1 de %2 linhas.</translation>
    </message>
    <message>
        <source>The device rejected the login of user &apos;%1&apos; (it asks &apos;%2&apos; again). Check the user name and the password.</source>
        <translation>O dispositivo rejeitou o login do usuário &apos;%1&apos; (ele pede &apos;%2&apos; novamente). Verifique o nome de usuário e a senha.</translation>
    </message>
    <message>
        <source>The device asks &apos;%1&apos; but no %2 was given. Pass --username, and the password in the ZTPW_CONSOLE_PASSWORD environment variable.</source>
        <extracomment>%1 is the device&apos;s login prompt; %2 is &quot;password&quot; or &quot;user name&quot;.</extracomment>
        <translation>O dispositivo pede &apos;%1&apos;, mas nenhum(a) %2 foi informado(a). Passe --username e a senha na variável de ambiente ZTPW_CONSOLE_PASSWORD.</translation>
    </message>
    <message>
        <source>password</source>
        <translation>senha</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>nome de usuário</translation>
    </message>
    <message>
        <source>&apos;%1&apos; did not reach configuration mode; the device answered: %2</source>
        <translation>&apos;%1&apos; não entrou no modo de configuração; o dispositivo respondeu: %2</translation>
    </message>
    <message>
        <source>The device rejected &apos;%1&apos;: %2</source>
        <translation>O dispositivo rejeitou &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>The console did not reach privileged mode (the last prompt was &apos;%1&apos;). Log in by hand once, or check the prompts of console profile &apos;%2&apos;.</source>
        <translation>O console não chegou ao modo privilegiado (o último prompt foi &apos;%1&apos;). Faça login manualmente uma vez ou verifique os prompts do perfil de console &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; printed no serial number, so the device cannot be checked against the expected serial number %2. Push without identification (--no-identify) if the cable is on the right device.</source>
        <translation>&apos;%1&apos; não exibiu nenhum número de série, portanto o dispositivo não pode ser conferido com o número de série esperado %2. Envie sem identificação (--no-identify) se o cabo estiver no dispositivo correto.</translation>
    </message>
    <message>
        <source>The console cable is on the device with serial number %1, not on %2. Move the cable to the right device, or choose the device that has serial number %1.</source>
        <translation>O cabo de console está no dispositivo com número de série %1, não em %2. Mova o cabo para o dispositivo correto ou escolha o dispositivo com número de série %1.</translation>
    </message>
    <message>
        <source>Line %1 arrived damaged: the device echoed &apos;%2&apos; for &apos;%3&apos;, so characters were lost on the way. Set a character delay or lower the baud rate, and push again.</source>
        <translation>A linha %1 chegou corrompida: o dispositivo ecoou &apos;%2&apos; para &apos;%3&apos;, portanto caracteres se perderam no caminho. Defina um atraso entre caracteres ou reduza a taxa de baud e envie novamente.</translation>
    </message>
    <message>
        <source>The device rejected line %1 &apos;%2&apos;: %3</source>
        <translation>O dispositivo rejeitou a linha %1 &apos;%2&apos;: %3</translation>
    </message>
    <message>
        <source>No prompt from the device on %1 after %2 tries (last output: &apos;%3&apos;). Check the cable and the baud rate (%4 in console profile &apos;%5&apos;), or detect the baud rate.</source>
        <translation>Nenhum prompt do dispositivo em %1 após %2 tentativas (última saída: &apos;%3&apos;). Verifique o cabo e a taxa de baud (%4 no perfil de console &apos;%5&apos;) ou detecte a taxa de baud.</translation>
    </message>
    <message>
        <source>The device rejected part of the pasted configuration: %1</source>
        <translation>O dispositivo rejeitou parte da configuração colada: %1</translation>
    </message>
    <message>
        <source>Line %1 &apos;%2&apos; got no prompt back within %3 ms (last output: &apos;%4&apos;). Raise the line timeout if the command is slow.</source>
        <translation>A linha %1 &apos;%2&apos; não recebeu prompt de volta em %3 ms (última saída: &apos;%4&apos;). Aumente o tempo limite por linha se o comando for lento.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; got no prompt back within %2 ms (last output: &apos;%3&apos;).</source>
        <translation>&apos;%1&apos; não recebeu prompt de volta em %2 ms (última saída: &apos;%3&apos;).</translation>
    </message>
    <message>
        <source>The console port %1 disconnected during the push (%2) after %3 of %4 lines. Check the cable and push again.</source>
        <translation>A porta de console %1 foi desconectada durante o envio (%2) após %3 de %4 linhas. Verifique o cabo e envie novamente.</translation>
    </message>
    <message>
        <source>a line that matches %1</source>
        <translation>uma linha que corresponda a %1</translation>
    </message>
    <message>
        <source>a line that contains &apos;%1&apos;</source>
        <translation>uma linha que contenha &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Line %1 &apos;%2&apos; starts text that no later line ends (the device takes every line after it as text until %3). Add the closing line to the configuration and push again.</source>
        <translation>A linha %1 &apos;%2&apos; abre um texto que nenhuma linha seguinte fecha (o equipamento toma cada linha seguinte como texto até %3). Adicione a linha de fechamento à configuração e envie de novo.</translation>
    </message>
    <message>
        <source>Line %1 &apos;%2&apos; should make the device wait for lines of text, but it showed its prompt again, so it would run that text as commands. Put the text on one line, or fix the text blocks of console profile &apos;%3&apos;.</source>
        <translation>Após a linha %1 &apos;%2&apos; o equipamento devia esperar linhas de texto, mas mostrou o prompt de novo, então executaria esse texto como comandos. Coloque o texto em uma linha só ou corrija os blocos de texto do perfil de console &apos;%3&apos;.</translation>
    </message>
    <message>
        <source>Line %1 &apos;%2&apos; got no echo or request for text back within %3 ms (last output: &apos;%4&apos;). Check the text blocks of console profile &apos;%5&apos;.</source>
        <translation>A linha %1 &apos;%2&apos; não recebeu eco nem pedido de texto em %3 ms (última saída: &apos;%4&apos;). Verifique os blocos de texto do perfil de console &apos;%5&apos;.</translation>
    </message>
    <message>
        <source>After the console port came back, the console reports serial number %1, not %2 as before, so the cable is now on another device. %3 of %4 lines reached %2: move the cable back and push again.</source>
        <translation>Depois que a porta de console voltou, o console informa o número de série %1, e não %2 como antes, então o cabo está agora em outro equipamento. %3 de %4 linhas chegaram a %2: volte o cabo e envie de novo.</translation>
    </message>
    <message>
        <source>The console port %1 disconnected during the push (%2) after %3 of %4 lines and did not come back within %5 s. Check the cable and push again.</source>
        <translation>A porta de console %1 desconectou durante o envio (%2) após %3 de %4 linhas e não voltou em %5 s. Verifique o cabo e envie de novo.</translation>
    </message>
</context>
<context>
    <name>ztp::serial::XmodemSender</name>
    <message>
        <source>XMODEM transfer aborted after %1 of %2 bytes.</source>
        <translation>Transferência XMODEM interrompida após %1 de %2 bytes.</translation>
    </message>
    <message>
        <source>The receiver cancelled the XMODEM transfer after %1 of %2 bytes.</source>
        <translation>O receptor cancelou a transferência XMODEM após %1 de %2 bytes.</translation>
    </message>
    <message>
        <source>NAK for block %1</source>
        <translation>NAK para o bloco %1</translation>
    </message>
    <message>
        <source>NAK for EOT</source>
        <translation>NAK para EOT</translation>
    </message>
    <message>
        <source>XMODEM transfer failed after %1 tries (%2) at byte %3 of %4. Check the baud rate and the cable.</source>
        <translation>A transferência XMODEM falhou após %1 tentativas (%2) no byte %3 de %4. Verifique a taxa de baud e o cabo.</translation>
    </message>
    <message>
        <source>No XMODEM receiver answered within %1 s. Start the receive command on the device (for example &apos;xmodem -c&apos; in ROMMON) before sending.</source>
        <translation>Nenhum receptor XMODEM respondeu em %1 s. Inicie o comando de recepção no dispositivo (por exemplo, &apos;xmodem -c&apos; no ROMMON) antes de enviar.</translation>
    </message>
    <message>
        <source>timeout</source>
        <extracomment>Reason of an XMODEM block retry: the receiver sent no reply in time.</extracomment>
        <translation>tempo esgotado</translation>
    </message>
</context>
<context>
    <name>ztp::storage</name>
    <message>
        <source>Cannot open the history %1: %2</source>
        <translation>Não é possível abrir o histórico %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the schema version of %1.</source>
        <translation>Não é possível ler a versão do esquema de %1.</translation>
    </message>
    <message>
        <source>The history %1 was written by a newer ZTP Workbench (schema %2, this version reads up to %3); update the application.</source>
        <translation>O histórico %1 foi gravado por um ZTP Workbench mais recente (esquema %2; esta versão lê até %3); atualize o aplicativo.</translation>
    </message>
    <message>
        <source>Cannot migrate the history %1 to schema version %2; the file is unchanged. Check that it is writable and not in use.</source>
        <translation>Não é possível migrar o histórico %1 para a versão de esquema %2; o arquivo não foi alterado. Verifique se ele é gravável e não está em uso.</translation>
    </message>
    <message>
        <source>The backup file %1 already exists; choose a new name.</source>
        <translation>O arquivo de backup %1 já existe; escolha um novo nome.</translation>
    </message>
    <message>
        <source>Cannot back up the history to %1: %2</source>
        <translation>Não é possível fazer backup do histórico em %1: %2</translation>
    </message>
    <message>
        <source>The purge date is invalid; give a valid UTC date.</source>
        <translation>A data de limpeza é inválida; informe uma data UTC válida.</translation>
    </message>
    <message>
        <source>Cannot purge the history %1: it is locked by another program; try again.</source>
        <translation>Não é possível limpar o histórico %1: ele está bloqueado por outro programa; tente novamente.</translation>
    </message>
    <message>
        <source>Cannot purge the history %1.</source>
        <translation>Não é possível limpar o histórico %1.</translation>
    </message>
    <message>
        <source>The history %1 is damaged: %2</source>
        <translation>O histórico %1 está danificado: %2</translation>
    </message>
    <message>
        <source>The history %1 is locked by another program. Events are kept in memory and written as soon as it is released; close the program that holds it (a database browser, a backup tool).</source>
        <translation>O histórico %1 está bloqueado por outro programa. Os eventos são mantidos na memória e gravados assim que ele for liberado; feche o programa que o mantém aberto (um navegador de banco de dados, uma ferramenta de backup).</translation>
    </message>
    <message>
        <source>Cannot write to the history %1: %2. Events are kept in memory and retried.</source>
        <translation>Não é possível gravar no histórico %1: %2. Os eventos são mantidos na memória e a gravação será tentada novamente.</translation>
    </message>
    <message>
        <source>This workspace is in use by another ZTP Workbench (%1, process %2 on %3). Stop that one first, or open another workspace. The lock file is %4.</source>
        <translation>Este espaço de trabalho está em uso por outro ZTP Workbench (%1, processo %2 em %3). Encerre-o primeiro ou abra outro espaço de trabalho. O arquivo de bloqueio é %4.</translation>
    </message>
    <message>
        <source>Cannot create the lock file %1; check that the workspace folder is writable.</source>
        <translation>Não é possível criar o arquivo de bloqueio %1; verifique se a pasta do espaço de trabalho é gravável.</translation>
    </message>
    <message>
        <source>Cannot use the history %1: %2. If the file is damaged, move it aside (a new history is created) or put back a copy made with &apos;ztpw history backup&apos;.</source>
        <translation>Não é possível usar o histórico %1: %2. Se o arquivo estiver danificado, mova-o para outro lugar (um novo histórico é criado) ou restaure uma cópia feita com &apos;ztpw history backup&apos;.</translation>
    </message>
    <message>
        <source>The history %1 is not open.</source>
        <translation>O histórico %1 não está aberto.</translation>
    </message>
</context>
<context>
    <name>ztp::syslog::SyslogServer</name>
    <message>
        <source>Cannot bind UDP port %1 on %2 for syslog: %3. Stop the other syslog server or set syslog.port in workbench.json.</source>
        <translation>Não é possível vincular a porta UDP %1 em %2 para o syslog: %3. Pare o outro servidor syslog ou defina syslog.port em workbench.json.</translation>
    </message>
    <message>
        <source>Cannot bind UDP port %1 on %2 for syslog: %3</source>
        <translation>Não é possível vincular a porta UDP %1 em %2 para o syslog: %3</translation>
    </message>
    <message>
        <source>Cannot use the syslog socket on %1: %2</source>
        <translation>Não é possível usar o socket de syslog em %1: %2</translation>
    </message>
</context>
<context>
    <name>ztp::templates::RevisionStore</name>
    <message>
        <source>Cannot open %1 for template revisions: %2</source>
        <translation>Não é possível abrir %1 para as revisões de template: %2</translation>
    </message>
    <message>
        <source>Creating the template revision tables</source>
        <translation>Criação das tabelas de revisões de template</translation>
    </message>
    <message>
        <source>Saving a revision of %1</source>
        <translation>Gravação de uma revisão de %1</translation>
    </message>
    <message>
        <source>Reading the revisions of %1</source>
        <translation>Leitura das revisões de %1</translation>
    </message>
    <message>
        <source>Reading revision %1 of %2</source>
        <translation>Leitura da revisão %1 de %2</translation>
    </message>
    <message>
        <source>Saving the configuration rendered for %1</source>
        <translation>Gravação da configuração renderizada para %1</translation>
    </message>
    <message>
        <source>Pruning the configurations rendered for %1</source>
        <translation>Remoção das configurações antigas renderizadas para %1</translation>
    </message>
    <message>
        <source>Reading the configuration sent to %1</source>
        <translation>Leitura da configuração enviada para %1</translation>
    </message>
    <message>
        <source>%1 failed in the history database: %2; check that history.sqlite is writable and not damaged</source>
        <translation>%1 falhou no banco de dados do histórico: %2; verifique se history.sqlite é gravável e não está danificado</translation>
    </message>
</context>
<context>
    <name>ztp::ui::AssignmentRulesDialog</name>
    <message>
        <source>Serial number</source>
        <translation>Número de série</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>Endereço MAC</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Fornecedor</translation>
    </message>
    <message>
        <source>Profile</source>
        <extracomment>the vendor profile that matched the device&apos;s DHCP request</extracomment>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Assignment rules</source>
        <translation>Regras de atribuição</translation>
    </message>
    <message>
        <source>Devices that match a rule get its template, image and profile, unless one was assigned to them already. Patterns accept * and ?, for example FOC27* or 00:1c:73:*. Rules are tried from the top; for each target the first matching rule that sets it wins.</source>
        <translation>Os dispositivos que correspondem a uma regra recebem o template, a imagem e o perfil dela, a menos que já tenham um atribuído. Os padrões aceitam * e ?, por exemplo FOC27* ou 00:1c:73:*. As regras são testadas de cima para baixo; para cada item, prevalece a primeira regra correspondente que o define.</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Critério</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Padrão</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagem</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>Adicionar regra</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Mover para cima</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Mover para baixo</translation>
    </message>
    <message>
        <source>Rule %1 has no pattern. Enter a value or a wildcard such as FOC27*.</source>
        <translation>A regra %1 não tem padrão. Informe um valor ou um curinga como FOC27*.</translation>
    </message>
    <message>
        <source>Rule %1 assigns nothing. Enter a template, an image or a profile.</source>
        <translation>A regra %1 não atribui nada. Informe um template, uma imagem ou um perfil.</translation>
    </message>
</context>
<context>
    <name>ztp::ui::BenchPositionsDialog</name>
    <message>
        <source>Bench positions</source>
        <translation>Posições na bancada</translation>
    </message>
    <message>
        <source>Name the bench position behind each circuit id that the bench switch adds to DHCP requests (option 82). Devices with an unnamed circuit id get the name at once; a renamed position shows from the device&apos;s next request.</source>
        <translation>Dê nome à posição na bancada por trás de cada ID de circuito que o switch da bancada adiciona às solicitações DHCP (Option 82). Dispositivos com um ID de circuito sem nome recebem o nome imediatamente; uma posição renomeada aparece a partir da próxima solicitação do dispositivo.</translation>
    </message>
    <message>
        <source>Circuit id</source>
        <translation>ID de circuito</translation>
    </message>
    <message>
        <source>Bench position</source>
        <translation>Posição na bancada</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Row %1 names position &apos;%2&apos; but has no circuit id.</source>
        <translation>A linha %1 nomeia a posição &apos;%2&apos;, mas não tem ID de circuito.</translation>
    </message>
    <message>
        <source>Row %1: circuit id &apos;%2&apos; is listed twice; keep one row.</source>
        <translation>Linha %1: o ID de circuito &apos;%2&apos; aparece duas vezes; mantenha apenas uma linha.</translation>
    </message>
</context>
<context>
    <name>ztp::ui::ConsoleWindow</name>
    <message>
        <source>Console cable</source>
        <translation>Cabo de console</translation>
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
        <translation>Detectar taxa de baud</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Porta:</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Perfil:</translation>
    </message>
    <message>
        <source>Baud:</source>
        <translation>Baud:</translation>
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
        <translation>BREAK por</translation>
    </message>
    <message>
        <source>Serial number or MAC of the device on this cable</source>
        <translation>Número de série ou MAC do dispositivo neste cabo</translation>
    </message>
    <message>
        <source>Save on the device</source>
        <translation>Salvar no dispositivo</translation>
    </message>
    <message>
        <source>Push configuration</source>
        <translation>Enviar configuração</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Interromper</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>Dispositivo:</translation>
    </message>
    <message>
        <source>The port disconnected (%1); waiting for the same adapter to come back.</source>
        <translation>A porta foi desconectada (%1); aguardando o mesmo adaptador voltar.</translation>
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
        <translation>O console informa o número de série %1.</translation>
    </message>
    <message>
        <source>The console answers at %1 baud.</source>
        <translation>O console responde a %1 baud.</translation>
    </message>
    <message>
        <source>No baud rate gave readable output (best score %1). Check the cable, or press Enter on the device.</source>
        <translation>Nenhuma taxa de baud produziu saída legível (melhor pontuação %1). Verifique o cabo ou pressione Enter no dispositivo.</translation>
    </message>
    <message>
        <source>Trying the common baud rates...</source>
        <translation>Testando as taxas de baud mais comuns...</translation>
    </message>
    <message>
        <source>Cannot render the configuration of %1: %2</source>
        <translation>Não é possível renderizar a configuração de %1: %2</translation>
    </message>
    <message>
        <source>Pushing %1 (%2)...</source>
        <translation>Enviando %1 (%2)...</translation>
    </message>
    <message>
        <source>Pushed %1 lines in %2 s.</source>
        <translation>%1 linhas enviadas em %2 s.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Line %1 was rejected:&lt;/b&gt; &lt;tt&gt;%2&lt;/tt&gt;&lt;pre&gt;%3&lt;/pre&gt;</source>
        <translation>&lt;b&gt;A linha %1 foi rejeitada:&lt;/b&gt; &lt;tt&gt;%2&lt;/tt&gt;&lt;pre&gt;%3&lt;/pre&gt;</translation>
    </message>
</context>
<context>
    <name>ztp::ui::DeviceDetailPanel</name>
    <message>
        <source>MAC address</source>
        <translation>Endereço MAC</translation>
    </message>
    <message>
        <source>Client identifier</source>
        <comment>DHCP option 61</comment>
        <translation>Identificador do cliente</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Número de série</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Fornecedor</translation>
    </message>
    <message>
        <source>Hostname</source>
        <translation>Nome do host</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>Endereço IP</translation>
    </message>
    <message>
        <source>Bench position</source>
        <translation>Posição na bancada</translation>
    </message>
    <message>
        <source>IEEE OUI registry</source>
        <translation>Registro OUI do IEEE</translation>
    </message>
    <message>
        <source>DHCP</source>
        <translation>DHCP</translation>
    </message>
    <message>
        <source>HTTP headers</source>
        <translation>Cabeçalhos HTTP</translation>
    </message>
    <message>
        <source>Serial console</source>
        <translation>Console serial</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Inventário</translation>
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
        <translation>Origem</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidência</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Visto em</translation>
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
        <translation>Linha do tempo</translation>
    </message>
    <message>
        <source>Packets</source>
        <translation>Pacotes</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identidade</translation>
    </message>
    <message>
        <source>Select a device to see its timeline and packets.</source>
        <translation>Selecione um dispositivo para ver sua linha do tempo e seus pacotes.</translation>
    </message>
    <message>
        <source>Last seen %1</source>
        <translation>Visto por último em %1</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Atribuição</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagem</translation>
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
        <translation>Solicitação</translation>
    </message>
    <message>
        <source>Reply</source>
        <extracomment>Field name and value in the decoded packet view: the server sent no DHCP reply.</extracomment>
        <translation>Resposta</translation>
    </message>
    <message>
        <source>Profile or rule</source>
        <translation>Perfil ou regra</translation>
    </message>
    <message>
        <source>Field or option</source>
        <translation>Campo ou opção</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Select a message or one of its fields to see its octets.</source>
        <translation>Selecione uma mensagem ou um de seus campos para ver os octetos.</translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>no DHCP reply was sent to this request</extracomment>
        <translation>nenhuma</translation>
    </message>
    <message>
        <source>Matched profile or rule</source>
        <translation>Perfil ou regra correspondente</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Observação</translation>
    </message>
    <message>
        <source>The request as decoded and encoded again: the same fields and options, though padding and option splitting may differ from the datagram.</source>
        <translation>A solicitação decodificada e codificada novamente: os mesmos campos e opções, embora o preenchimento e a divisão de opções possam diferir do datagrama.</translation>
    </message>
    <message>
        <source>none sent</source>
        <translation>nenhuma enviada</translation>
    </message>
    <message>
        <source>The reply exactly as sent.</source>
        <translation>A resposta exatamente como foi enviada.</translation>
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
        <translation>Não decodificável</translation>
    </message>
</context>
<context>
    <name>ztp::ui::DeviceTableView</name>
    <message>
        <source>Import inventory</source>
        <translation>Importar inventário</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Não é possível ler %1: %2</translation>
    </message>
    <message>
        <source>pasted rows</source>
        <translation>linhas coladas</translation>
    </message>
    <message>
        <source>Assign template</source>
        <translation>Atribuir template</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Template:</translation>
    </message>
    <message>
        <source>Re-provision</source>
        <translation>Reprovisionar</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Marcar como concluído</translation>
    </message>
    <message>
        <source>Assign template...</source>
        <translation>Atribuir template...</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Esquecer</translation>
    </message>
    <message>
        <source>Export inventory (CSV)...</source>
        <translation>Exportar inventário (CSV)...</translation>
    </message>
    <message>
        <source>Filter &apos;%1&apos;...</source>
        <translation>Filtrar &apos;%1&apos;...</translation>
    </message>
    <message>
        <source>Filter column</source>
        <translation>Filtrar coluna</translation>
    </message>
    <message>
        <source>Show rows whose %1 contains:</source>
        <translation>Mostrar linhas em que %1 contém:</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Limpar todos os filtros</translation>
    </message>
    <message>
        <source>Export inventory</source>
        <translation>Exportar inventário</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Assignment rules...</source>
        <translation>Regras de atribuição...</translation>
    </message>
    <message>
        <source>Bench positions...</source>
        <translation>Posições na bancada...</translation>
    </message>
    <message>
        <source>Forget devices</source>
        <translation>Esquecer dispositivos</translation>
    </message>
    <message numerus="yes">
        <source>Forget %n device(s)? Their records and their events in the history are deleted; a device that sends a request again starts as a new one.</source>
        <extracomment>%n is the number of devices</extracomment>
        <translation>
            <numerusform>Esquecer %n dispositivo? O registro e os eventos dele no histórico serão excluídos; se ele enviar uma solicitação novamente, começará como um dispositivo novo.</numerusform>
            <numerusform>Esquecer %n dispositivos? Os registros e os eventos deles no histórico serão excluídos; um dispositivo que enviar uma solicitação novamente começará como um dispositivo novo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ztp::ui::ExportDialog</name>
    <message>
        <source>Export report</source>
        <translation>Exportar relatório</translation>
    </message>
    <message>
        <source>PDF report</source>
        <translation>Relatório PDF</translation>
    </message>
    <message>
        <source>HTML report</source>
        <translation>Relatório HTML</translation>
    </message>
    <message>
        <source>CSV table</source>
        <translation>Tabela CSV</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Signed evidence pack (folder)</source>
        <translation>Pacote de evidências assinado (pasta)</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Procurar...</translation>
    </message>
    <message numerus="yes">
        <source>Only the %n selected device(s)</source>
        <translation>
            <numerusform>Somente o %n dispositivo selecionado</numerusform>
            <numerusform>Somente os %n dispositivos selecionados</numerusform>
        </translation>
    </message>
    <message>
        <source>From (UTC)</source>
        <translation>De (UTC)</translation>
    </message>
    <message>
        <source>To (UTC)</source>
        <translation>Até (UTC)</translation>
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
        <translation>Site</translation>
    </message>
    <message>
        <source>Job</source>
        <extracomment>Form label: the job or order number printed on the report.</extracomment>
        <translation>Trabalho</translation>
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
        <translation>Pasta vazia para o pacote de evidências</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>Arquivos %1 (*.%2)</translation>
    </message>
    <message>
        <source>Choose where to write the export.</source>
        <translation>Escolha onde gravar a exportação.</translation>
    </message>
    <message>
        <source>No workspace is open; open one with File &gt; Open workspace.</source>
        <translation>Nenhum espaço de trabalho está aberto; abra um em Arquivo &gt; Abrir espaço de trabalho.</translation>
    </message>
    <message>
        <source>The device has no record in the history, so its configuration cannot be rendered.</source>
        <translation>O dispositivo não tem registro no histórico, portanto sua configuração não pode ser renderizada.</translation>
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
            <numerusform>%n dispositivo exportado para %1.</numerusform>
            <numerusform>%n dispositivos exportados para %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Configurations left out of the pack:
%1</source>
        <translation>Configurações deixadas fora do pacote:
%1</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Exportação concluída</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Falha na exportação</translation>
    </message>
</context>
<context>
    <name>ztp::ui::HistoryActions</name>
    <message>
        <source>Search history...</source>
        <translation>Pesquisar no histórico...</translation>
    </message>
    <message>
        <source>Export report...</source>
        <translation>Exportar relatório...</translation>
    </message>
    <message>
        <source>Back up history...</source>
        <translation>Fazer backup do histórico...</translation>
    </message>
    <message>
        <source>Purge old history...</source>
        <translation>Limpar histórico antigo...</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Aviso: %1</translation>
    </message>
    <message>
        <source>No workspace is open; open one with File &gt; Open workspace.</source>
        <translation>Nenhum espaço de trabalho está aberto; abra um em Arquivo &gt; Abrir espaço de trabalho.</translation>
    </message>
    <message>
        <source>Deleted %1 events and %2 devices older than %3 days.</source>
        <translation>%1 eventos e %2 dispositivos com mais de %3 dias foram excluídos.</translation>
    </message>
    <message>
        <source>Back up history</source>
        <translation>Fazer backup do histórico</translation>
    </message>
    <message>
        <source>SQLite files (*.sqlite)</source>
        <translation>Arquivos SQLite (*.sqlite)</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Falha no backup</translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation>Não é possível substituir %1.</translation>
    </message>
    <message>
        <source>Backup written</source>
        <translation>Backup gravado</translation>
    </message>
    <message>
        <source>The history was copied to %1.</source>
        <translation>O histórico foi copiado para %1.</translation>
    </message>
    <message>
        <source>Purge old history</source>
        <translation>Limpar histórico antigo</translation>
    </message>
    <message>
        <source>Delete events and devices last seen more than this many days ago. Back up the history first if the customer may ask for them.</source>
        <translation>Excluir eventos e dispositivos vistos pela última vez há mais do que este número de dias. Faça backup do histórico antes, se o cliente puder solicitá-los.</translation>
    </message>
    <message>
        <source>Purge failed</source>
        <translation>Falha na limpeza</translation>
    </message>
    <message>
        <source>History purged</source>
        <translation>Histórico limpo</translation>
    </message>
</context>
<context>
    <name>ztp::ui::HistoryDialog</name>
    <message>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <source>MAC, e.g. 00:1c:73:1a:2b:3c</source>
        <translation>MAC, p. ex. 00:1c:73:1a:2b:3c</translation>
    </message>
    <message>
        <source>Text in the summary or details</source>
        <translation>Texto no resumo ou nos detalhes</translation>
    </message>
    <message>
        <source>From (UTC)</source>
        <translation>De (UTC)</translation>
    </message>
    <message>
        <source>To (UTC)</source>
        <translation>Até (UTC)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Pesquisar</translation>
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
        <translation>Selecione um evento para ver a linha do tempo do dispositivo.</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Hora (UTC)</translation>
    </message>
    <message>
        <source>Since first event</source>
        <translation>Desde o primeiro evento</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos os tipos</translation>
    </message>
    <message>
        <source>The first %1 events; narrow the search to see the rest.</source>
        <translation>Os primeiros %1 eventos; refine a pesquisa para ver o restante.</translation>
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
        <translation>Este evento pertence à bancada, não a um dispositivo específico.</translation>
    </message>
    <message numerus="yes">
        <source>Timeline of %1: %n event(s)</source>
        <translation>
            <numerusform>Linha do tempo de %1: %n evento</numerusform>
            <numerusform>Linha do tempo de %1: %n eventos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ztp::ui::InventoryImportDialog</name>
    <message>
        <source>Import inventory: %1</source>
        <translation>Importar inventário: %1</translation>
    </message>
    <message>
        <source>The first row holds column names</source>
        <translation>A primeira linha contém os nomes das colunas</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Choose what each column is. Keys are the MAC address and the serial number; every other column becomes a template variable.</source>
        <translation>Escolha o que cada coluna representa. As chaves são o endereço MAC e o número de série; todas as outras colunas se tornam variáveis de template.</translation>
    </message>
    <message>
        <source>Problems (nothing is imported until there are none):</source>
        <translation>Problemas (nada é importado enquanto houver algum):</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(ignorar)</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>Endereço MAC</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Número de série</translation>
    </message>
    <message>
        <source>Hostname</source>
        <translation>Nome do host</translation>
    </message>
    <message>
        <source>Variable &apos;%1&apos;</source>
        <translation>Variável &apos;%1&apos;</translation>
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
        <translation>Iniciar serviços</translation>
    </message>
    <message>
        <source>Start or stop DHCP and TFTP on the chosen interface</source>
        <translation>Iniciar ou parar o DHCP e o TFTP na interface escolhida</translation>
    </message>
    <message>
        <source>Refresh interfaces</source>
        <translation>Atualizar interfaces</translation>
    </message>
    <message>
        <source>Console cable...</source>
        <translation>Cabo de console...</translation>
    </message>
    <message>
        <source>Open a serial console and push a configuration over it</source>
        <translation>Abrir um console serial e enviar uma configuração por ele</translation>
    </message>
    <message>
        <source>Export report (CSV)...</source>
        <translation>Exportar relatório (CSV)...</translation>
    </message>
    <message>
        <source>Open workspace...</source>
        <translation>Abrir espaço de trabalho...</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <source>About ZTP Workbench</source>
        <translation>Sobre o ZTP Workbench</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Bench</source>
        <translation>&amp;Bancada</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Histórico</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>Bench</source>
        <translation>Bancada</translation>
    </message>
    <message>
        <source>Interface:</source>
        <translation>Interface:</translation>
    </message>
    <message>
        <source>The servers answer on this interface only. Choose the one cabled to the devices, never the office network.</source>
        <translation>Os servidores respondem somente nesta interface. Escolha a que está cabeada aos dispositivos, nunca a da rede do escritório.</translation>
    </message>
    <message>
        <source>Search devices by MAC, hostname, serial, IP...</source>
        <translation>Pesquisar dispositivos por MAC, nome do host, número de série, IP...</translation>
    </message>
    <message>
        <source>Scan a serial number or MAC to select its device</source>
        <translation>Escaneie um número de série ou MAC para selecionar o dispositivo</translation>
    </message>
    <message>
        <source>No device has the serial number or MAC %1.</source>
        <translation>Nenhum dispositivo tem o número de série ou MAC %1.</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>ZTP Workbench %1
Zero-touch provisioning for a staging bench.</source>
        <translation>ZTP Workbench %1
Provisionamento zero-touch para uma bancada de preparação.</translation>
    </message>
    <message>
        <source>Choose an interface...</source>
        <translation>Escolha uma interface...</translation>
    </message>
    <message>
        <source>no IPv4 address</source>
        <translation>sem endereço IPv4</translation>
    </message>
    <message>
        <source> (down)</source>
        <translation> (inativa)</translation>
    </message>
    <message>
        <source>Choose an interface</source>
        <translation>Escolha uma interface</translation>
    </message>
    <message>
        <source>Choose the network interface that is cabled to the devices first. The servers answer on that interface only.</source>
        <translation>Primeiro, escolha a interface de rede cabeada aos dispositivos. Os servidores respondem somente nessa interface.</translation>
    </message>
    <message>
        <source>Cannot start the services</source>
        <translation>Não é possível iniciar os serviços</translation>
    </message>
    <message>
        <source>Stop services</source>
        <translation>Parar serviços</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>Serving on %1 as %2, pool %3 - %4. Workspace: %5</source>
        <translation>Atendendo em %1 como %2, pool %3 - %4. Espaço de trabalho: %5</translation>
    </message>
    <message>
        <source>Stopped. Workspace: %1</source>
        <translation>Parado. Espaço de trabalho: %1</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exportar relatório</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Falha na exportação</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Relatório gravado em %1</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Templates</translation>
    </message>
    <message>
        <source>Show template editor</source>
        <translation>Mostrar editor de templates</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Abrir espaço de trabalho</translation>
    </message>
    <message>
        <source>Cannot open the workspace</source>
        <translation>Não é possível abrir o espaço de trabalho</translation>
    </message>
    <message>
        <source>Workspace in use</source>
        <translation>Espaço de trabalho em uso</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Configurações</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>System language</source>
        <extracomment>Language menu entry: use the operating system&apos;s language.</extracomment>
        <translation>Idioma do sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>ZTP Workbench shows the new language the next time it starts.</source>
        <translation>O ZTP Workbench mostrará o novo idioma na próxima vez que for iniciado.</translation>
    </message>
    <message>
        <source>Export DHCP options...</source>
        <translation>Exportar opções DHCP...</translation>
    </message>
    <message>
        <source>Show the vendor profiles&apos; DHCP options as configuration for ISC dhcpd, Kea, dnsmasq or a Cisco IOS pool</source>
        <translation>Mostrar as opções DHCP dos perfis de fornecedor como configuração para ISC dhcpd, Kea, dnsmasq ou um pool do Cisco IOS</translation>
    </message>
    <message>
        <source>Server certificate...</source>
        <translation>Certificado do servidor...</translation>
    </message>
    <message>
        <source>Show the HTTPS certificate&apos;s fingerprint, to pin it on devices</source>
        <translation>Mostrar a impressão digital do certificado HTTPS, para fixá-lo nos dispositivos</translation>
    </message>
    <message>
        <source>Assignment rules...</source>
        <translation>Regras de atribuição...</translation>
    </message>
    <message>
        <source>Bench positions...</source>
        <translation>Posições na bancada...</translation>
    </message>
</context>
<context>
    <name>ztp::ui::OptionExportDialog</name>
    <message>
        <source>Export DHCP options</source>
        <translation>Exportar opções DHCP</translation>
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
        <translation>Pool DHCP do Cisco IOS</translation>
    </message>
    <message>
        <source>IPv4 address, such as 192.0.2.1</source>
        <translation>Endereço IPv4, p. ex. 192.0.2.1</translation>
    </message>
    <message>
        <source>Written where a profile uses {server} or {tftp}: the address the devices reach the TFTP or HTTP server at in production.</source>
        <translation>Gravado onde um perfil usa {server} ou {tftp}: o endereço pelo qual os dispositivos alcançam o servidor TFTP ou HTTP em produção.</translation>
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
        <translation>Endereço do servidor:</translation>
    </message>
    <message>
        <source>Copy</source>
        <extracomment>Copies the exported DHCP configuration to the clipboard.</extracomment>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>All profiles</source>
        <translation>Todos os perfis</translation>
    </message>
    <message>
        <source>Enter the server address: %1</source>
        <translation>Informe o endereço do servidor: %1</translation>
    </message>
    <message>
        <source>Cannot export: %1</source>
        <translation>Não é possível exportar: %1</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Ignorado: %1</translation>
    </message>
</context>
<context>
    <name>ztp::ui::RogueServerBanner</name>
    <message>
        <source>Dismiss</source>
        <extracomment>Closes the rogue DHCP server warning bar.</extracomment>
        <translation>Dispensar</translation>
    </message>
    <message>
        <source>unknown MAC</source>
        <translation>MAC desconhecido</translation>
    </message>
    <message>
        <source>%1 (MAC %2) answers on %3 and offered %4.</source>
        <translation>%1 (MAC %2) responde em %3 e ofereceu %4.</translation>
    </message>
    <message>
        <source>Another DHCP server is on the bench network!</source>
        <translation>Há outro servidor DHCP na rede da bancada!</translation>
    </message>
    <message>
        <source>%1 other DHCP servers are on the bench network!</source>
        <translation>Há %1 outros servidores DHCP na rede da bancada!</translation>
    </message>
    <message>
        <source>Devices may take their address from it and miss their configuration. Disconnect it or move the bench to its own segment.</source>
        <translation>Os dispositivos podem obter o endereço dele e não receber a configuração. Desconecte-o ou mova a bancada para um segmento próprio.</translation>
    </message>
</context>
<context>
    <name>ztp::ui::ServerCertificateDialog</name>
    <message>
        <source>Server certificate</source>
        <translation>Certificado do servidor</translation>
    </message>
    <message>
        <source>Devices that pin the HTTPS server certificate need one of these values. The CA certificate in %1 works for devices that take a trust store instead.</source>
        <translation>Dispositivos que fixam o certificado do servidor HTTPS precisam de um destes valores. O certificado de CA em %1 serve para dispositivos que usam um repositório de confiança em vez disso.</translation>
    </message>
    <message>
        <source>Copy</source>
        <extracomment>Button that copies a certificate fingerprint or key pin to the clipboard.</extracomment>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>Impressão digital SHA-256:</translation>
    </message>
    <message>
        <source>Public key pin:</source>
        <translation>Pin da chave pública:</translation>
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
        <translation>Diferenciar maiúsculas e minúsculas</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Localizar</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Substituir por</translation>
    </message>
    <message>
        <source>Next</source>
        <extracomment>Button: find the next match.</extracomment>
        <translation>Próximo</translation>
    </message>
    <message>
        <source>Previous</source>
        <extracomment>Button: find the previous match.</extracomment>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Substituir</translation>
    </message>
    <message>
        <source>Replace all</source>
        <translation>Substituir tudo</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Não encontrado</translation>
    </message>
    <message>
        <source>Wrapped</source>
        <extracomment>Search status: the search went past the end and continued from the start.</extracomment>
        <translation>Reiniciado do início</translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n substituição feita</numerusform>
            <numerusform>%n substituições feitas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ztp::ui::editor::TemplateEditorWidget</name>
    <message>
        <source>New...</source>
        <translation>Novo...</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Localizar</translation>
    </message>
    <message>
        <source>Check all devices</source>
        <translation>Verificar todos os dispositivos</translation>
    </message>
    <message>
        <source>Save the template and record the revision (Ctrl+S)</source>
        <translation>Salvar o template e registrar a revisão (Ctrl+S)</translation>
    </message>
    <message>
        <source>List the variables each device is missing and any syntax error</source>
        <translation>Listar as variáveis que faltam em cada dispositivo e eventuais erros de sintaxe</translation>
    </message>
    <message>
        <source>Show secrets</source>
        <translation>Mostrar segredos</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>Missing variables</source>
        <translation>Variáveis ausentes</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Visualização</translation>
    </message>
    <message>
        <source>Diff with last sent</source>
        <translation>Diferenças com o último envio</translation>
    </message>
    <message>
        <source>Lint</source>
        <extracomment>Tab title: the check of every device for missing variables and template errors.</extracomment>
        <translation>Lint</translation>
    </message>
    <message>
        <source>Assigned %1 to %2</source>
        <translation>%1 atribuído a %2</translation>
    </message>
    <message>
        <source>Unsaved template</source>
        <translation>Template não salvo</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Discard them?</source>
        <translation>%1 tem alterações não salvas. Descartá-las?</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Não é possível abrir %1: %2</translation>
    </message>
    <message>
        <source>Open or create a template before saving.</source>
        <translation>Abra ou crie um template antes de salvar.</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>Não é possível salvar %1: %2</translation>
    </message>
    <message>
        <source>Saved %1, revision %2</source>
        <translation>%1 salvo, revisão %2</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Novo template</translation>
    </message>
    <message>
        <source>Name, relative to templates/ (for example leaf.j2):</source>
        <translation>Nome, relativo a templates/ (por exemplo, leaf.j2):</translation>
    </message>
    <message>
        <source>&apos;%1&apos; leaves the templates folder; give a name inside it.</source>
        <translation>&apos;%1&apos; sai da pasta de templates; informe um nome dentro dela.</translation>
    </message>
    <message>
        <source>%1 already exists; pick it from the list.</source>
        <translation>%1 já existe; escolha-o na lista.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Não é possível criar %1: %2</translation>
    </message>
    <message>
        <source>%1 was removed or cannot be read; save to write it again.</source>
        <translation>%1 foi removido ou não pode ser lido; salve para gravá-lo novamente.</translation>
    </message>
    <message>
        <source>%1 changed on disk; saving will overwrite that change.</source>
        <translation>%1 foi alterado no disco; salvar sobrescreverá essa alteração.</translation>
    </message>
    <message>
        <source>Reloaded %1, which changed outside the editor.</source>
        <translation>%1 foi recarregado, pois foi alterado fora do editor.</translation>
    </message>
    <message>
        <source>Select a device in the table to preview the template for it.</source>
        <translation>Selecione um dispositivo na tabela para visualizar o template para ele.</translation>
    </message>
    <message>
        <source>%1 rendered for %2 %3</source>
        <translation>%1 renderizado para %2 %3</translation>
    </message>
    <message>
        <source>Cannot render: %1</source>
        <translation>Não é possível renderizar: %1</translation>
    </message>
    <message>
        <source>No configuration has been sent to %1 yet.</source>
        <translation>Nenhuma configuração foi enviada a %1 ainda.</translation>
    </message>
    <message>
        <source>The configuration sent to %1 (SHA-256 %2) is not stored, so there is nothing to compare with.</source>
        <translation>A configuração enviada a %1 (SHA-256 %2) não está armazenada, portanto não há com o que comparar.</translation>
    </message>
    <message>
        <source>%1 devices checked, %2 with problems</source>
        <translation>%1 dispositivos verificados, %2 com problemas</translation>
    </message>
</context>
<context>
    <name>ztp::ui::editor::TemplateListWidget</name>
    <message>
        <source>Drag a template onto device rows to assign it</source>
        <translation>Arraste um template para as linhas de dispositivos para atribuí-lo</translation>
    </message>
</context>
<context>
    <name>ztp::ui::editor::VariablePalette</name>
    <message>
        <source>Drag a variable into the template to insert {{ name }}</source>
        <translation>Arraste uma variável para o template para inserir {{ name }}</translation>
    </message>
    <message>
        <source>Built-in</source>
        <extracomment>Group title: variables the application provides for every device (hostname, mac, ip...).</extracomment>
        <translation>Integradas</translation>
    </message>
    <message>
        <source>Inventory columns</source>
        <translation>Colunas do inventário</translation>
    </message>
    <message>
        <source>variables.json</source>
        <translation>variables.json</translation>
    </message>
    <message>
        <source>%1 (secret)</source>
        <translation>%1 (segredo)</translation>
    </message>
</context>
<context>
    <name>ztp::workspace</name>
    <message>
        <source>line %1: a quoted field is not closed; add the closing double quote</source>
        <translation>linha %1: um campo entre aspas não foi fechado; adicione as aspas duplas de fechamento</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text; save it from the spreadsheet as &quot;CSV UTF-8&quot; and import it again</source>
        <translation>o arquivo não é texto UTF-8; salve-o na planilha como &quot;CSV UTF-8&quot; e importe-o novamente</translation>
    </message>
</context>
<context>
    <name>ztp::workspace::Inventory</name>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: não é possível ler: %2</translation>
    </message>
    <message>
        <source>%1: cannot write: %2; check the directory&apos;s permissions and free space</source>
        <translation>%1: não é possível gravar: %2; verifique as permissões do diretório e o espaço livre</translation>
    </message>
    <message>
        <source>header &apos;%1&apos; is not a valid variable name; use letters, digits and underscores</source>
        <translation>o cabeçalho &apos;%1&apos; não é um nome de variável válido; use letras, dígitos e sublinhados</translation>
    </message>
    <message>
        <source>column %1 maps to &apos;%2&apos; like column %3; rename or ignore one of them</source>
        <translation>a coluna %1 é mapeada para &apos;%2&apos;, assim como a coluna %3; renomeie ou ignore uma delas</translation>
    </message>
    <message>
        <source>the header has neither a &apos;mac&apos; nor a &apos;serial&apos; column; add one so devices can be matched</source>
        <translation>o cabeçalho não tem uma coluna &apos;mac&apos; nem uma coluna &apos;serial&apos;; adicione uma para que os dispositivos possam ser identificados</translation>
    </message>
    <message>
        <source>%1 is already on line %2</source>
        <translation>%1 já está na linha %2</translation>
    </message>
    <message>
        <source>line %1, column &apos;%2&apos;: %3</source>
        <translation>linha %1, coluna &apos;%2&apos;: %3</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>linha %1, coluna %2: %3</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>linha %1: %2</translation>
    </message>
    <message>
        <source>the file is empty; add a header row with at least a mac or serial column</source>
        <translation>o arquivo está vazio; adicione uma linha de cabeçalho com pelo menos uma coluna mac ou serial</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Coluna %1</translation>
    </message>
    <message>
        <source>%1 fields but the header has %2; quote fields that contain the delimiter</source>
        <translation>%1 campos, mas o cabeçalho tem %2; coloque entre aspas os campos que contêm o delimitador</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a MAC address; write it as 00:1c:73:1a:2b:3c</source>
        <translation>&apos;%1&apos; não é um endereço MAC; escreva-o como 00:1c:73:1a:2b:3c</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a multicast, broadcast or zero address, not a device&apos;s MAC address</source>
        <translation>&apos;%1&apos; é um endereço multicast, de broadcast ou zero, não o endereço MAC de um dispositivo</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IPv4 address; write it as 10.0.0.23 or leave it empty</source>
        <translation>&apos;%1&apos; não é um endereço IPv4; escreva-o como 10.0.0.23 ou deixe-o vazio</translation>
    </message>
    <message>
        <source>the row has neither a MAC address nor a serial number</source>
        <translation>a linha não tem endereço MAC nem número de série</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is already on line %3</source>
        <translation>%1 &apos;%2&apos; já está na linha %3</translation>
    </message>
    <message>
        <source>the value contains a line break or another control character; keep it on one line</source>
        <translation>o valor contém uma quebra de linha ou outro caractere de controle; mantenha-o em uma só linha</translation>
    </message>
    <message>
        <source>the value contains a NUL character; remove it</source>
        <translation>o valor contém um caractere NUL; remova-o</translation>
    </message>
</context>
<context>
    <name>ztp::workspace::VariableResolver</name>
    <message>
        <source>%1:%2:%3: invalid JSON: %4; fix the file or remove it</source>
        <translation>%1:%2:%3: JSON inválido: %4; corrija o arquivo ou remova-o</translation>
    </message>
    <message>
        <source>%1: the file must contain one JSON object of variable names and values, for example {&quot;ntp_server&quot;: &quot;10.0.0.1&quot;}</source>
        <translation>%1: o arquivo deve conter um objeto JSON com nomes e valores de variáveis, por exemplo {&quot;ntp_server&quot;: &quot;10.0.0.1&quot;}</translation>
    </message>
    <message>
        <source>%1: &quot;$secrets&quot; must be a list of variable names, for example [&quot;enable_secret&quot;]</source>
        <translation>%1: &quot;$secrets&quot; deve ser uma lista de nomes de variáveis, por exemplo [&quot;enable_secret&quot;]</translation>
    </message>
    <message>
        <source>%1: &quot;$secrets&quot; contains %2, which is not a variable name; list names as strings</source>
        <translation>%1: &quot;$secrets&quot; contém %2, que não é um nome de variável; liste os nomes como strings</translation>
    </message>
    <message>
        <source>Cannot read %1: %2; check its permissions</source>
        <translation>Não é possível ler %1: %2; verifique as permissões</translation>
    </message>
    <message>
        <source>Several variable files match device %1 (serial %2): %3; merge them into one and delete the others</source>
        <translation>Vários arquivos de variáveis correspondem ao dispositivo %1 (número de série %2): %3; mescle-os em um só e exclua os demais</translation>
    </message>
</context>
<context>
    <name>ztp::workspace::Workspace</name>
    <message>
        <source>%1: line %2: invalid JSON: %3</source>
        <translation>%1: linha %2: JSON inválido: %3</translation>
    </message>
    <message>
        <source>%1: line 1: the file must hold a JSON object</source>
        <translation>%1: linha 1: o arquivo deve conter um objeto JSON</translation>
    </message>
    <message>
        <source>%1: line %2, key &apos;%3&apos;: %4</source>
        <translation>%1: linha %2, chave &apos;%3&apos;: %4</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>esperava-se uma string</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IPv4 address; write it as 10.0.0.1 or leave it empty to derive it from the interface</source>
        <translation>&apos;%1&apos; não é um endereço IPv4; escreva-o como 10.0.0.1 ou deixe-o vazio para derivá-lo da interface</translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2</source>
        <translation>esperava-se um número inteiro de %1 a %2</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>esperava-se um objeto</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>esperava-se true ou false</translation>
    </message>
    <message>
        <source>expected a list of addresses</source>
        <translation>esperava-se uma lista de endereços</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IPv4 address</source>
        <translation>&apos;%1&apos; não é um endereço IPv4</translation>
    </message>
    <message>
        <source>the boot file name has %1 octets; use at most 127 so it fits the DHCP file field and option 67</source>
        <translation>o nome do arquivo de boot tem %1 octetos; use no máximo 127 para que caiba no campo file do DHCP e na option 67</translation>
    </message>
    <message>
        <source>set both ends of the pool, or neither to derive it from the interface</source>
        <translation>defina as duas extremidades do pool, ou nenhuma para derivá-lo da interface</translation>
    </message>
    <message>
        <source>the pool ends at %1, before it starts at %2</source>
        <translation>o pool termina em %1, antes de começar em %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1; check that you may write there.</source>
        <translation>Não é possível criar a pasta %1; verifique se você tem permissão de gravação nesse local.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não é possível gravar %1: %2</translation>
    </message>
    <message>
        <source>%1: cannot read (%2); create a workspace with &apos;ztpw init %3&apos;</source>
        <translation>%1: não é possível ler (%2); crie um espaço de trabalho com &apos;ztpw init %3&apos;</translation>
    </message>
    <message>
        <source>unknown key; did you mean &apos;%1&apos;?</source>
        <translation>chave desconhecida; você quis dizer &apos;%1&apos;?</translation>
    </message>
    <message>
        <source>unknown key; the known keys here are %1</source>
        <translation>chave desconhecida; as chaves conhecidas aqui são %1</translation>
    </message>
    <message>
        <source>set both ends of the transfer port range, or neither to let the system pick the ports</source>
        <translation>defina as duas pontas da faixa de portas de transferência, ou nenhuma para o sistema escolher as portas</translation>
    </message>
    <message>
        <source>the transfer port range ends at %1, before it starts at %2</source>
        <translation>a faixa de portas de transferência termina em %1, antes de começar em %2</translation>
    </message>
</context>
</TS>
