<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>main</name>
    <message>
        <source>Zero-touch provisioning bench for network devices.</source>
        <translation>ネットワークデバイス向けのゼロタッチプロビジョニング ベンチです。</translation>
    </message>
    <message>
        <source>Workspace folder; by default one in the user&apos;s data folder, created on first start.</source>
        <translation>ワークスペースフォルダー。既定ではユーザーのデータフォルダー内のフォルダーで、初回起動時に作成されます。</translation>
    </message>
    <message>
        <source>Preselect the network interface that faces the devices.</source>
        <translation>デバイス側のネットワークインターフェイスを事前に選択します。</translation>
    </message>
    <message>
        <source>Start the services at once on the interface given with --interface.</source>
        <translation>--interface で指定したインターフェイスでサービスを直ちに開始します。</translation>
    </message>
    <message>
        <source>--start needs --interface: the services start only on an interface you name.
</source>
        <translation>--start には --interface が必要です。サービスは指定したインターフェイスでのみ開始されます。
</translation>
    </message>
    <message>
        <source>Cannot open the workspace</source>
        <translation>ワークスペースを開けません</translation>
    </message>
    <message>
        <source>User interface language for this run, for example de or pt_BR; en shows the English texts.</source>
        <translation>この実行で使う UI の言語（例: de、pt_BR）。en を指定すると英語のテキストを表示します。</translation>
    </message>
    <message>
        <source>Unknown language &apos;%1&apos;. Use one of: %2.
</source>
        <translation>不明な言語 &apos;%1&apos; です。次のいずれかを使用してください: %2。
</translation>
    </message>
</context>
<context>
    <name>ztp</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>ztp::bench::BenchService</name>
    <message>
        <source>No workspace is open.</source>
        <translation>ワークスペースが開かれていません。</translation>
    </message>
    <message>
        <source>Choose the network interface that faces the devices before starting.</source>
        <translation>開始する前に、デバイス側のネットワークインターフェイスを選択してください。</translation>
    </message>
    <message>
        <source>Network interface &apos;%1&apos; does not exist. Pick one from the list of interfaces (&apos;ip link&apos; shows them).</source>
        <translation>ネットワークインターフェイス &apos;%1&apos; は存在しません。インターフェイスの一覧から選択してください（&apos;ip link&apos; で表示できます）。</translation>
    </message>
    <message>
        <source>%1: line %2, column &apos;ip&apos;: &apos;%3&apos; is not a free IPv4 address in the subnet of %4; correct it or leave it empty for a pool address.</source>
        <translation>%1: %2 行目、列 &apos;ip&apos;: &apos;%3&apos; は %4 のサブネット内の空き IPv4 アドレスではありません。修正するか、空欄にしてプールのアドレスを使用してください。</translation>
    </message>
    <message>
        <source>No device with MAC %1 is known; wait until it has sent a DHCP request, then assign the template again.</source>
        <translation>MAC %1 のデバイスは認識されていません。DHCP 要求を送信するまで待ってから、テンプレートを再度割り当ててください。</translation>
    </message>
    <message>
        <source>Template %1 is not in %2; save it there first.</source>
        <translation>テンプレート %1 は %2 にありません。先にそこへ保存してください。</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Another DHCP server, %1, answers on %2 and offered %3; its MAC address is %4. Devices may take their address from it: disconnect it or move the bench to its own segment.</source>
        <translation>別の DHCP サーバー %1 が %2 で応答し、%3 を提供しました。その MAC アドレスは %4 です。デバイスがそのサーバーからアドレスを取得するおそれがあります。そのサーバーを切り離すか、ベンチを専用のセグメントに移してください。</translation>
    </message>
</context>
<context>
    <name>ztp::bench::NetworkPlan</name>
    <message>
        <source>Interface %1 is the loopback interface; choose the interface that is cabled to the devices.</source>
        <translation>インターフェイス %1 はループバックインターフェイスです。デバイスにケーブル接続されたインターフェイスを選択してください。</translation>
    </message>
    <message>
        <source>Interface %1 has no IPv4 address. Give it a static address (for example 10.0.0.1/24) and start again.</source>
        <translation>インターフェイス %1 には IPv4 アドレスがありません。静的アドレス（例: 10.0.0.1/24）を設定してから、再度開始してください。</translation>
    </message>
    <message>
        <source>Interface %1 has prefix /%2; use a prefix from /8 to /30 so the subnet has room for devices.</source>
        <translation>インターフェイス %1 のプレフィックスは /%2 です。サブネットにデバイス用のアドレスを確保できるよう、/8 ～ /30 のプレフィックスを使用してください。</translation>
    </message>
    <message>
        <source>The pool %1 - %2 includes the network or broadcast address of %3/%4; start dhcp.poolFirst above the first and end dhcp.poolLast below the last address of the subnet.</source>
        <translation>プール %1 - %2 に %3/%4 のネットワークアドレスまたはブロードキャストアドレスが含まれています。dhcp.poolFirst はサブネットの先頭アドレスより後に、dhcp.poolLast は最終アドレスより前にしてください。</translation>
    </message>
    <message>
        <source>The pool %1 - %2 is not inside the subnet of %3 (%4/%5); change dhcp.poolFirst and dhcp.poolLast in workbench.json.</source>
        <translation>プール %1 - %2 は %3 のサブネット（%4/%5）の範囲外です。workbench.json の dhcp.poolFirst と dhcp.poolLast を変更してください。</translation>
    </message>
    <message>
        <source>dhcp.subnetMask %1 is not a valid subnet mask; write it as 255.255.255.0 or leave it empty to use the interface&apos;s prefix.</source>
        <translation>dhcp.subnetMask %1 は有効なサブネットマスクではありません。255.255.255.0 の形式で記述するか、空欄にしてインターフェイスのプレフィックスを使用してください。</translation>
    </message>
    <message>
        <source>dhcp.router %1 is outside the subnet %2/%3, so devices could not reach it; use an address of that subnet or leave it empty.</source>
        <translation>dhcp.router %1 はサブネット %2/%3 の範囲外のため、デバイスから到達できません。そのサブネットのアドレスを使用するか、空欄にしてください。</translation>
    </message>
</context>
<context>
    <name>ztp::devices::AssignmentRules</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>%1: invalid JSON at offset %2: %3</source>
        <translation>%1: オフセット %2 で無効な JSON: %3</translation>
    </message>
    <message>
        <source>%1: expected an object with a &quot;rules&quot; array</source>
        <translation>%1: &quot;rules&quot; 配列を持つオブジェクトが必要です</translation>
    </message>
    <message>
        <source>%1: expected an object</source>
        <translation>%1: オブジェクトが必要です</translation>
    </message>
    <message>
        <source>%1, key &apos;match&apos;: &apos;%2&apos; is not one of serial, mac, model, vendor, profile</source>
        <translation>%1、キー &apos;match&apos;: &apos;%2&apos; は serial、mac、model、vendor、profile のいずれでもありません</translation>
    </message>
    <message>
        <source>%1, key &apos;pattern&apos;: missing; use a value or a wildcard such as FOC27*</source>
        <translation>%1、キー &apos;pattern&apos;: 指定されていません。値または FOC27* のようなワイルドカードを使用してください</translation>
    </message>
    <message>
        <source>%1: the rule assigns nothing; set template, image or profile</source>
        <translation>%1: このルールは何も割り当てません。テンプレート、イメージ、プロファイルのいずれかを設定してください</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>ztp::devices::BenchPositions</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>%1: invalid JSON at offset %2: %3</source>
        <translation>%1: オフセット %2 で無効な JSON: %3</translation>
    </message>
    <message>
        <source>%1: expected an object with a &quot;positions&quot; object that maps circuit ids to position names</source>
        <translation>%1: 回線 ID を位置名に対応付ける &quot;positions&quot; オブジェクトを持つオブジェクトが必要です</translation>
    </message>
    <message>
        <source>%1, key &apos;positions.%2&apos;: expected the position&apos;s name as a string</source>
        <translation>%1、キー &apos;positions.%2&apos;: 位置の名前を文字列で指定する必要があります</translation>
    </message>
    <message>
        <source>Circuit id &apos;%1&apos; has no position name; enter both or remove the row.</source>
        <translation>回線 ID &apos;%1&apos; に位置名がありません。両方を入力するか、行を削除してください。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>ztp::dhcp::DhcpServer</name>
    <message>
        <source>No network interface is chosen. Choose the interface that faces the devices, then start the DHCP server.</source>
        <translation>ネットワークインターフェイスが選択されていません。デバイス側のインターフェイスを選択してから、DHCP サーバーを開始してください。</translation>
    </message>
    <message>
        <source>Ping before offer is on (dhcp.pingBeforeOfferMs), but pinging on %1 failed: %2. Grant the privilege or set dhcp.pingBeforeOfferMs to 0.</source>
        <translation>オファー前の ping が有効になっています（dhcp.pingBeforeOfferMs）が、%1 での ping に失敗しました: %2。権限を付与するか、dhcp.pingBeforeOfferMs を 0 に設定してください。</translation>
    </message>
</context>
<context>
    <name>ztp::http::HttpServer</name>
    <message>
        <source>HTTPS on port %1 needs TLS, but Qt found no TLS backend; install libssl3 or set the HTTPS port to 0.</source>
        <translation>ポート %1 の HTTPS には TLS が必要ですが、Qt が TLS バックエンドを検出できませんでした。libssl3 をインストールするか、HTTPS ポートを 0 に設定してください。</translation>
    </message>
    <message>
        <source>Cannot listen on TCP %1:%2 for %3: %4. Stop the other server on that port, choose another port in workbench.json, or run with the privilege to bind ports below 1024.</source>
        <translation>%3 用に TCP %1:%2 で待ち受けできません: %4。そのポートを使用している別のサーバーを停止するか、workbench.json で別のポートを指定するか、1024 未満のポートにバインドできる権限で実行してください。</translation>
    </message>
    <message>
        <source>The server has no handler yet.</source>
        <translation>サーバーにハンドラーがまだ設定されていません。</translation>
    </message>
</context>
<context>
    <name>ztp::http::ProvisioningServices</name>
    <message>
        <source>Cannot prepare the HTTPS certificate: %1</source>
        <translation>HTTPS 証明書を準備できません: %1</translation>
    </message>
</context>
<context>
    <name>ztp::models::DeviceTableModel</name>
    <message>
        <source>Discovered</source>
        <comment>device state</comment>
        <translation>検出済み</translation>
    </message>
    <message>
        <source>Leased</source>
        <comment>device state: holds a DHCP lease</comment>
        <translation>リース済み</translation>
    </message>
    <message>
        <source>Configuration sent</source>
        <comment>device state</comment>
        <translation>設定送信済み</translation>
    </message>
    <message>
        <source>Image sent</source>
        <comment>device state</comment>
        <translation>イメージ送信済み</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>device state: the device reported success</comment>
        <translation>完了</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>device state</comment>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Stalled</source>
        <comment>device state: no progress for a while</comment>
        <translation>停滞</translation>
    </message>
    <message>
        <source>%1, %2/s</source>
        <translation>%1、%2/s</translation>
    </message>
    <message>
        <source>%1 %, %2/s</source>
        <translation>%1 %、%2/s</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>MAC アドレス</translation>
    </message>
    <message>
        <source>Vendor class</source>
        <comment>DHCP option 60</comment>
        <translation>ベンダークラス</translation>
    </message>
    <message>
        <source>Hostname</source>
        <translation>ホスト名</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>シリアル番号</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP アドレス</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>最終確認</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>ベンダー</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>プロファイル</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>テンプレート</translation>
    </message>
    <message>
        <source>Bench position</source>
        <comment>from the DHCP option 82 circuit id</comment>
        <translation>ベンチ位置</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>転送</translation>
    </message>
</context>
<context>
    <name>ztp::models::EventLogModel</name>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <source>Event</source>
        <extracomment>Column header: the kind of event (lease, TFTP transfer, syslog message...).</extracomment>
        <translation>イベント</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
</context>
<context>
    <name>ztp::platform</name>
    <message>
        <source>Binding to interface %1 is not implemented on this operating system yet.</source>
        <translation>インターフェイス %1 へのバインドは、このオペレーティングシステムではまだ実装されていません。</translation>
    </message>
    <message>
        <source>Run the program as administrator.</source>
        <translation>管理者としてプログラムを実行してください。</translation>
    </message>
    <message>
        <source>Cannot create a UDP socket: %1</source>
        <translation>UDP ソケットを作成できません: %1</translation>
    </message>
    <message>
        <source>Cannot bind a socket to interface %1: %2. %3</source>
        <translation>ソケットをインターフェイス %1 にバインドできません: %2。%3</translation>
    </message>
    <message>
        <source>Another program uses this port; stop it (for example another DHCP or TFTP server) and start again.</source>
        <translation>別のプログラムがこのポートを使用しています。そのプログラム（別の DHCP サーバーや TFTP サーバーなど）を停止してから、再度開始してください。</translation>
    </message>
    <message>
        <source>Cannot bind UDP port %1 on %2 (%3): %4. %5</source>
        <translation>%2 (%3) の UDP ポート %1 をバインドできません: %4。%5</translation>
    </message>
    <message>
        <source>Run as root, or grant the capabilities once with &apos;sudo setcap cap_net_bind_service,cap_net_raw,cap_net_admin+ep&apos; on the program.</source>
        <translation>root として実行するか、プログラムに対して &apos;sudo setcap cap_net_bind_service,cap_net_raw,cap_net_admin+ep&apos; を一度実行してケーパビリティを付与してください。</translation>
    </message>
    <message>
        <source>Cannot create an ICMP socket: %1. %2</source>
        <translation>ICMP ソケットを作成できません: %1。%2</translation>
    </message>
    <message>
        <source>Interface %1 not found.</source>
        <translation>インターフェイス %1 が見つかりません。</translation>
    </message>
    <message>
        <source>Cannot open a packet socket on %1: %2. %3</source>
        <translation>%1 でパケットソケットを開けません: %2。%3</translation>
    </message>
</context>
<context>
    <name>ztp::reports</name>
    <message>
        <source>Cannot create the folder of %1.</source>
        <translation>%1 のフォルダーを作成できません。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Line %1 of %2 is not &quot;SHA-256  path&quot;.</source>
        <translation>%2 の %1 行目が &quot;SHA-256  path&quot; の形式ではありません。</translation>
    </message>
    <message>
        <source>Line %1 of %2 names %3, a path outside the pack.</source>
        <translation>%2 の %1 行目は、パック外のパス %3 を指定しています。</translation>
    </message>
    <message>
        <source>The folder %1 is not empty; choose a new folder for the evidence pack.</source>
        <translation>フォルダー %1 は空ではありません。エビデンスパック用に新しいフォルダーを選択してください。</translation>
    </message>
    <message>
        <source>%1 has no %2; it is not an evidence pack.</source>
        <translation>%1 に %2 がありません。エビデンスパックではありません。</translation>
    </message>
    <message>
        <source>The history is not open; open a workspace first.</source>
        <translation>履歴が開かれていません。先にワークスペースを開いてください。</translation>
    </message>
    <message>
        <source>The date range %1 to %2 is empty; the end must come after the start.</source>
        <translation>期間 %1 ～ %2 が空です。終了日時は開始日時より後にしてください。</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>エクスポートはキャンセルされました。ファイルは書き込まれていません。</translation>
    </message>
    <message>
        <source>Cannot write the key file %1: %2</source>
        <translation>鍵ファイル %1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Cannot read the signing key %1: %2</source>
        <translation>署名鍵 %1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>The signing key %1 is not an Ed25519 private key in PEM. Move it away to have a new key generated; packs signed with it then no longer verify against the workspace.</source>
        <translation>署名鍵 %1 は PEM 形式の Ed25519 秘密鍵ではありません。新しい鍵を生成させるには、このファイルを別の場所へ移動してください。ただし、その鍵で署名されたパックは、このワークスペースでは検証できなくなります。</translation>
    </message>
    <message>
        <source>Cannot generate a signing key: %1</source>
        <translation>署名鍵を生成できません: %1</translation>
    </message>
    <message>
        <source>Cannot encode the signing key: %1</source>
        <translation>署名鍵をエンコードできません: %1</translation>
    </message>
    <message>
        <source>Cannot read the public key %1: %2</source>
        <translation>公開鍵 %1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>%1 is not an Ed25519 public key in PEM.</source>
        <translation>%1 は PEM 形式の Ed25519 公開鍵ではありません。</translation>
    </message>
    <message>
        <source>This key has no private part and cannot sign.</source>
        <translation>この鍵には秘密鍵部分がないため、署名できません。</translation>
    </message>
    <message>
        <source>Cannot sign: %1</source>
        <translation>署名できません: %1</translation>
    </message>
</context>
<context>
    <name>ztp::serial::ConsoleBench</name>
    <message>
        <source>No workspace is open, so the console session cannot be stored.</source>
        <translation>ワークスペースが開かれていないため、コンソールセッションを保存できません。</translation>
    </message>
    <message>
        <source>No device given. Name it by serial number or MAC address.</source>
        <translation>デバイスが指定されていません。シリアル番号または MAC アドレスで指定してください。</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>ワークスペースが開かれていません。</translation>
    </message>
    <message>
        <source>No device with serial number or MAC &apos;%1&apos; in the workspace&apos;s devices or inventory.csv. Add a row for it to inventory.csv, or use a key that &apos;ztpw export&apos; lists.</source>
        <translation>シリアル番号または MAC が &apos;%1&apos; のデバイスは、ワークスペースのデバイスにも inventory.csv にもありません。inventory.csv にそのデバイスの行を追加するか、&apos;ztpw export&apos; で一覧表示されるキーを使用してください。</translation>
    </message>
</context>
<context>
    <name>ztp::serial::ConsolePort</name>
    <message>
        <source>Serial port %1 does not exist. Plug the console cable in, or pick a port from &apos;ztpw console ports&apos;.</source>
        <translation>シリアルポート %1 は存在しません。コンソールケーブルを接続するか、&apos;ztpw console ports&apos; でポートを選択してください。</translation>
    </message>
    <message>
        <source>Cannot open serial port %1: %2. Check that no other program uses it and that you are in the &apos;dialout&apos; group.</source>
        <translation>シリアルポート %1 を開けません: %2。他のプログラムが使用していないこと、および &apos;dialout&apos; グループに所属していることを確認してください。</translation>
    </message>
    <message>
        <source>Serial port %1 does not accept %2: %3. Choose other line settings in the console profile.</source>
        <translation>シリアルポート %1 は %2 を受け付けません: %3。コンソールプロファイルで別の回線設定を選択してください。</translation>
    </message>
    <message>
        <source>Serial port %1 does not accept %2 baud: %3.</source>
        <translation>シリアルポート %1 は %2 baud を受け付けません: %3。</translation>
    </message>
    <message>
        <source>Open a serial port before sending BREAK.</source>
        <translation>BREAK を送信する前に、シリアルポートを開いてください。</translation>
    </message>
    <message>
        <source>BREAK duration %1 ms is out of range; use 1 to 10000 ms.</source>
        <translation>BREAK の長さ %1 ms は範囲外です。1 ～ 10000 ms を指定してください。</translation>
    </message>
    <message>
        <source>Serial port %1 cannot send BREAK: %2.</source>
        <translation>シリアルポート %1 で BREAK を送信できません: %2。</translation>
    </message>
    <message>
        <source>Cannot set DTR on serial port %1: %2. Pseudo-terminals and some adapters have no modem control lines.</source>
        <translation>シリアルポート %1 の DTR を設定できません: %2。疑似端末や一部のアダプターにはモデム制御線がありません。</translation>
    </message>
    <message>
        <source>port is closed</source>
        <translation>ポートが閉じています</translation>
    </message>
    <message>
        <source>RTS is driven by RTS/CTS flow control on %1; switch flow control off to set it by hand.</source>
        <translation>%1 では RTS が RTS/CTS フロー制御によって制御されています。手動で設定するには、フロー制御をオフにしてください。</translation>
    </message>
    <message>
        <source>Cannot set RTS on serial port %1: %2. Pseudo-terminals and some adapters have no modem control lines.</source>
        <translation>シリアルポート %1 の RTS を設定できません: %2。疑似端末や一部のアダプターにはモデム制御線がありません。</translation>
    </message>
</context>
<context>
    <name>ztp::serial::ConsoleProfile</name>
    <message>
        <source>Console profile &apos;%1&apos; is not a JSON object (%2 at offset %3). Fix the profile file and retry.</source>
        <translation>コンソールプロファイル &apos;%1&apos; は JSON オブジェクトではありません（オフセット %3 で %2）。プロファイルファイルを修正して、再試行してください。</translation>
    </message>
    <message>
        <source>&apos;lineEnding&apos; is &apos;%1&apos;; use cr or crlf</source>
        <translation>&apos;lineEnding&apos; が &apos;%1&apos; です。cr または crlf を使用してください</translation>
    </message>
    <message>
        <source>&apos;prompts&apos; needs at least a &quot;privileged&quot; pattern</source>
        <translation>&apos;prompts&apos; には少なくとも &quot;privileged&quot; パターンが必要です</translation>
    </message>
    <message>
        <source>&apos;errorPatterns&apos; needs at least one pattern, or a rejected line goes unseen</source>
        <translation>&apos;errorPatterns&apos; には少なくとも 1 つのパターンが必要です。ないと、拒否された行が見逃されます</translation>
    </message>
    <message>
        <source>Cannot read console profile %1: %2.</source>
        <translation>コンソールプロファイル %1 を読み取れません: %2。</translation>
    </message>
    <message>
        <source>Unknown console profile &apos;%1&apos;. Built-in profiles: %2; or give the path of a .json profile file.</source>
        <translation>不明なコンソールプロファイル &apos;%1&apos; です。組み込みプロファイル: %2。または、.json プロファイルファイルのパスを指定してください。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a string</source>
        <translation>&apos;%1&apos; は文字列である必要があります</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a whole number from %2 to %3</source>
        <translation>&apos;%1&apos; は %2 ～ %3 の整数である必要があります</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid regular expression: %2</source>
        <translation>&apos;%1&apos; は有効な正規表現ではありません: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a list of {&quot;pattern&quot;, &quot;response&quot;} objects</source>
        <translation>&apos;%1&apos; は {&quot;pattern&quot;, &quot;response&quot;} オブジェクトのリストである必要があります</translation>
    </message>
    <message>
        <source>every entry of &apos;%1&apos; needs a &quot;pattern&quot; and a &quot;response&quot; string</source>
        <translation>&apos;%1&apos; の各エントリには &quot;pattern&quot; と &quot;response&quot; の文字列が必要です</translation>
    </message>
    <message>
        <source>Console profile &apos;%1&apos; is invalid: %2. Fix the profile file and retry.</source>
        <translation>コンソールプロファイル &apos;%1&apos; が無効です: %2。プロファイルファイルを修正して、再試行してください。</translation>
    </message>
    <message>
        <source>&apos;parity&apos; is &apos;%1&apos;; use none, even or odd</source>
        <translation>&apos;parity&apos; が &apos;%1&apos; です。none、even、odd のいずれかを使用してください</translation>
    </message>
    <message>
        <source>&apos;flowControl&apos; is &apos;%1&apos;; use none, rts/cts or xon/xoff</source>
        <translation>&apos;flowControl&apos; が &apos;%1&apos; です。none、rts/cts、xon/xoff のいずれかを使用してください</translation>
    </message>
    <message>
        <source>each of &apos;textBlocks&apos; needs a &quot;start&quot; pattern, and either a capture group named &quot;delimiter&quot; in it or an &quot;end&quot; pattern</source>
        <translation>&apos;textBlocks&apos; の各項目には &quot;start&quot; パターンと、その中の &quot;delimiter&quot; という名前のキャプチャグループまたは &quot;end&quot; パターンのどちらかが必要です</translation>
    </message>
</context>
<context>
    <name>ztp::serial::ConsolePushSession</name>
    <message>
        <source>The push was aborted after %1 of %2 lines.</source>
        <translation>%2 行中 %1 行の時点でプッシュが中止されました。</translation>
    </message>
    <message>
        <source>The device rejected the login of user &apos;%1&apos; (it asks &apos;%2&apos; again). Check the user name and the password.</source>
        <translation>デバイスがユーザー &apos;%1&apos; のログインを拒否しました（&apos;%2&apos; を再度要求しています）。ユーザー名とパスワードを確認してください。</translation>
    </message>
    <message>
        <source>The device asks &apos;%1&apos; but no %2 was given. Pass --username, and the password in the ZTPW_CONSOLE_PASSWORD environment variable.</source>
        <extracomment>%1 is the device&apos;s login prompt; %2 is &quot;password&quot; or &quot;user name&quot;.</extracomment>
        <translation>デバイスが &apos;%1&apos; を要求していますが、%2 が指定されていません。--username を指定し、パスワードは環境変数 ZTPW_CONSOLE_PASSWORD で渡してください。</translation>
    </message>
    <message>
        <source>password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <source>&apos;%1&apos; did not reach configuration mode; the device answered: %2</source>
        <translation>&apos;%1&apos; で設定モードに移行できませんでした。デバイスの応答: %2</translation>
    </message>
    <message>
        <source>The device rejected &apos;%1&apos;: %2</source>
        <translation>デバイスが &apos;%1&apos; を拒否しました: %2</translation>
    </message>
    <message>
        <source>The console did not reach privileged mode (the last prompt was &apos;%1&apos;). Log in by hand once, or check the prompts of console profile &apos;%2&apos;.</source>
        <translation>コンソールが特権モードに移行しませんでした（最後のプロンプト: &apos;%1&apos;）。一度手動でログインするか、コンソールプロファイル &apos;%2&apos; のプロンプトを確認してください。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; printed no serial number, so the device cannot be checked against the expected serial number %2. Push without identification (--no-identify) if the cable is on the right device.</source>
        <translation>&apos;%1&apos; がシリアル番号を出力しなかったため、デバイスを想定のシリアル番号 %2 と照合できません。ケーブルが正しいデバイスに接続されている場合は、識別なし（--no-identify）でプッシュしてください。</translation>
    </message>
    <message>
        <source>The console cable is on the device with serial number %1, not on %2. Move the cable to the right device, or choose the device that has serial number %1.</source>
        <translation>コンソールケーブルは %2 ではなく、シリアル番号 %1 のデバイスに接続されています。ケーブルを正しいデバイスに付け替えるか、シリアル番号 %1 のデバイスを選択してください。</translation>
    </message>
    <message>
        <source>Line %1 arrived damaged: the device echoed &apos;%2&apos; for &apos;%3&apos;, so characters were lost on the way. Set a character delay or lower the baud rate, and push again.</source>
        <translation>%1 行目が破損して届きました。デバイスが &apos;%3&apos; に対して &apos;%2&apos; をエコーしたため、途中で文字が失われています。文字間の遅延を設定するかボーレートを下げて、再度プッシュしてください。</translation>
    </message>
    <message>
        <source>The device rejected line %1 &apos;%2&apos;: %3</source>
        <translation>デバイスが %1 行目 &apos;%2&apos; を拒否しました: %3</translation>
    </message>
    <message>
        <source>No prompt from the device on %1 after %2 tries (last output: &apos;%3&apos;). Check the cable and the baud rate (%4 in console profile &apos;%5&apos;), or detect the baud rate.</source>
        <translation>%2 回試行しましたが、%1 のデバイスからプロンプトが返りません（最後の出力: &apos;%3&apos;）。ケーブルとボーレート（コンソールプロファイル &apos;%5&apos; では %4）を確認するか、ボーレートを検出してください。</translation>
    </message>
    <message>
        <source>The device rejected part of the pasted configuration: %1</source>
        <translation>デバイスが、貼り付けた設定の一部を拒否しました: %1</translation>
    </message>
    <message>
        <source>Line %1 &apos;%2&apos; got no prompt back within %3 ms (last output: &apos;%4&apos;). Raise the line timeout if the command is slow.</source>
        <translation>%1 行目 &apos;%2&apos; に対して %3 ms 以内にプロンプトが返りませんでした（最後の出力: &apos;%4&apos;）。コマンドに時間がかかる場合は、行タイムアウトを延ばしてください。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; got no prompt back within %2 ms (last output: &apos;%3&apos;).</source>
        <translation>&apos;%1&apos; に対して %2 ms 以内にプロンプトが返りませんでした（最後の出力: &apos;%3&apos;）。</translation>
    </message>
    <message>
        <source>The console port %1 disconnected during the push (%2) after %3 of %4 lines. Check the cable and push again.</source>
        <translation>プッシュ中、%4 行中 %3 行を送信した時点でコンソールポート %1 が切断されました（%2）。ケーブルを確認して、再度プッシュしてください。</translation>
    </message>
    <message>
        <source>a line that matches %1</source>
        <translation>%1 に一致する行</translation>
    </message>
    <message>
        <source>a line that contains &apos;%1&apos;</source>
        <translation>&apos;%1&apos; を含む行</translation>
    </message>
    <message>
        <source>Line %1 &apos;%2&apos; starts text that no later line ends (the device takes every line after it as text until %3). Add the closing line to the configuration and push again.</source>
        <translation>%1 行目 &apos;%2&apos; で始まるテキストを閉じる行がありません (機器は %3 までの各行をテキストとして受け取ります)。閉じる行を設定に追加して、もう一度送信してください。</translation>
    </message>
    <message>
        <source>Line %1 &apos;%2&apos; should make the device wait for lines of text, but it showed its prompt again, so it would run that text as commands. Put the text on one line, or fix the text blocks of console profile &apos;%3&apos;.</source>
        <translation>%1 行目 &apos;%2&apos; の後、機器はテキスト行を待つはずでしたが、再びプロンプトを表示しました。このままではテキストがコマンドとして実行されます。テキストを 1 行にまとめるか、コンソールプロファイル &apos;%3&apos; のテキストブロックを修正してください。</translation>
    </message>
    <message>
        <source>Line %1 &apos;%2&apos; got no echo or request for text back within %3 ms (last output: &apos;%4&apos;). Check the text blocks of console profile &apos;%5&apos;.</source>
        <translation>%1 行目 &apos;%2&apos; に %3 ms 以内にエコーもテキスト入力の要求も返りませんでした (最後の出力: &apos;%4&apos;)。コンソールプロファイル &apos;%5&apos; のテキストブロックを確認してください。</translation>
    </message>
    <message>
        <source>After the console port came back, the console reports serial number %1, not %2 as before, so the cable is now on another device. %3 of %4 lines reached %2: move the cable back and push again.</source>
        <translation>コンソールポートの復帰後、コンソールはシリアル番号 %1 を示しています (以前は %2)。ケーブルが別の機器に接続されています。%4 行中 %3 行が %2 に届きました。ケーブルを戻して、もう一度送信してください。</translation>
    </message>
    <message>
        <source>The console port %1 disconnected during the push (%2) after %3 of %4 lines and did not come back within %5 s. Check the cable and push again.</source>
        <translation>コンソールポート %1 が送信中に切断され (%2)、%4 行中 %3 行の後、%5 秒以内に復帰しませんでした。ケーブルを確認して、もう一度送信してください。</translation>
    </message>
</context>
<context>
    <name>ztp::serial::XmodemSender</name>
    <message>
        <source>XMODEM transfer aborted after %1 of %2 bytes.</source>
        <translation>XMODEM 転送は %2 バイト中 %1 バイトの時点で中止されました。</translation>
    </message>
    <message>
        <source>The receiver cancelled the XMODEM transfer after %1 of %2 bytes.</source>
        <translation>受信側が、%2 バイト中 %1 バイトの時点で XMODEM 転送をキャンセルしました。</translation>
    </message>
    <message>
        <source>NAK for block %1</source>
        <translation>ブロック %1 に対する NAK</translation>
    </message>
    <message>
        <source>NAK for EOT</source>
        <translation>EOT に対する NAK</translation>
    </message>
    <message>
        <source>XMODEM transfer failed after %1 tries (%2) at byte %3 of %4. Check the baud rate and the cable.</source>
        <translation>XMODEM 転送は %1 回の試行後、%4 バイト中 %3 バイト目で失敗しました（%2）。ボーレートとケーブルを確認してください。</translation>
    </message>
    <message>
        <source>No XMODEM receiver answered within %1 s. Start the receive command on the device (for example &apos;xmodem -c&apos; in ROMMON) before sending.</source>
        <translation>%1 秒以内に XMODEM 受信側が応答しませんでした。送信する前に、デバイスで受信コマンド（ROMMON の &apos;xmodem -c&apos; など）を開始してください。</translation>
    </message>
    <message>
        <source>timeout</source>
        <extracomment>Reason of an XMODEM block retry: the receiver sent no reply in time.</extracomment>
        <translation>タイムアウト</translation>
    </message>
</context>
<context>
    <name>ztp::storage</name>
    <message>
        <source>Cannot open the history %1: %2</source>
        <translation>履歴 %1 を開けません: %2</translation>
    </message>
    <message>
        <source>Cannot read the schema version of %1.</source>
        <translation>%1 のスキーマバージョンを読み取れません。</translation>
    </message>
    <message>
        <source>The history %1 was written by a newer ZTP Workbench (schema %2, this version reads up to %3); update the application.</source>
        <translation>履歴 %1 は新しいバージョンの ZTP Workbench で書き込まれています（スキーマ %2、このバージョンで読み取れるのは %3 まで）。アプリケーションを更新してください。</translation>
    </message>
    <message>
        <source>Cannot migrate the history %1 to schema version %2; the file is unchanged. Check that it is writable and not in use.</source>
        <translation>履歴 %1 をスキーマバージョン %2 に移行できません。ファイルは変更されていません。書き込み可能で、使用中でないことを確認してください。</translation>
    </message>
    <message>
        <source>The backup file %1 already exists; choose a new name.</source>
        <translation>バックアップファイル %1 は既に存在します。新しい名前を指定してください。</translation>
    </message>
    <message>
        <source>Cannot back up the history to %1: %2</source>
        <translation>履歴を %1 にバックアップできません: %2</translation>
    </message>
    <message>
        <source>The purge date is invalid; give a valid UTC date.</source>
        <translation>削除の基準日が無効です。有効な UTC 日付を指定してください。</translation>
    </message>
    <message>
        <source>Cannot purge the history %1: it is locked by another program; try again.</source>
        <translation>履歴 %1 の古いデータを削除できません: 別のプログラムによってロックされています。再試行してください。</translation>
    </message>
    <message>
        <source>Cannot purge the history %1.</source>
        <translation>履歴 %1 の古いデータを削除できません。</translation>
    </message>
    <message>
        <source>The history %1 is damaged: %2</source>
        <translation>履歴 %1 が破損しています: %2</translation>
    </message>
    <message>
        <source>The history %1 is locked by another program. Events are kept in memory and written as soon as it is released; close the program that holds it (a database browser, a backup tool).</source>
        <translation>履歴 %1 は別のプログラムによってロックされています。イベントはメモリー上に保持され、ロックが解除され次第書き込まれます。ロックしているプログラム（データベースブラウザーやバックアップツールなど）を閉じてください。</translation>
    </message>
    <message>
        <source>Cannot write to the history %1: %2. Events are kept in memory and retried.</source>
        <translation>履歴 %1 に書き込めません: %2。イベントはメモリー上に保持され、再試行されます。</translation>
    </message>
    <message>
        <source>This workspace is in use by another ZTP Workbench (%1, process %2 on %3). Stop that one first, or open another workspace. The lock file is %4.</source>
        <translation>このワークスペースは別の ZTP Workbench（%1、%3 上のプロセス %2）で使用中です。先にそちらを停止するか、別のワークスペースを開いてください。ロックファイルは %4 です。</translation>
    </message>
    <message>
        <source>Cannot create the lock file %1; check that the workspace folder is writable.</source>
        <translation>ロックファイル %1 を作成できません。ワークスペースフォルダーが書き込み可能であることを確認してください。</translation>
    </message>
    <message>
        <source>Cannot use the history %1: %2. If the file is damaged, move it aside (a new history is created) or put back a copy made with &apos;ztpw history backup&apos;.</source>
        <translation>履歴 %1 を使用できません: %2。ファイルが破損している場合は、別の場所へ移動する（新しい履歴が作成されます）か、&apos;ztpw history backup&apos; で作成したコピーを戻してください。</translation>
    </message>
    <message>
        <source>The history %1 is not open.</source>
        <translation>履歴 %1 が開かれていません。</translation>
    </message>
</context>
<context>
    <name>ztp::syslog::SyslogServer</name>
    <message>
        <source>Cannot bind UDP port %1 on %2 for syslog: %3. Stop the other syslog server or set syslog.port in workbench.json.</source>
        <translation>syslog 用に %2 の UDP ポート %1 をバインドできません: %3。別の syslog サーバーを停止するか、workbench.json で syslog.port を設定してください。</translation>
    </message>
    <message>
        <source>Cannot bind UDP port %1 on %2 for syslog: %3</source>
        <translation>syslog 用に %2 の UDP ポート %1 をバインドできません: %3</translation>
    </message>
    <message>
        <source>Cannot use the syslog socket on %1: %2</source>
        <translation>%1 の syslog ソケットを使用できません: %2</translation>
    </message>
</context>
<context>
    <name>ztp::templates::RevisionStore</name>
    <message>
        <source>Cannot open %1 for template revisions: %2</source>
        <translation>テンプレートのリビジョン用に %1 を開けません: %2</translation>
    </message>
    <message>
        <source>Creating the template revision tables</source>
        <translation>テンプレートリビジョンのテーブル作成</translation>
    </message>
    <message>
        <source>Saving a revision of %1</source>
        <translation>%1 のリビジョンの保存</translation>
    </message>
    <message>
        <source>Reading the revisions of %1</source>
        <translation>%1 のリビジョンの読み取り</translation>
    </message>
    <message>
        <source>Reading revision %1 of %2</source>
        <translation>%2 のリビジョン %1 の読み取り</translation>
    </message>
    <message>
        <source>Saving the configuration rendered for %1</source>
        <translation>%1 用にレンダリングされた設定の保存</translation>
    </message>
    <message>
        <source>Pruning the configurations rendered for %1</source>
        <translation>%1 用にレンダリングされた設定の整理</translation>
    </message>
    <message>
        <source>Reading the configuration sent to %1</source>
        <translation>%1 に送信された設定の読み取り</translation>
    </message>
    <message>
        <source>%1 failed in the history database: %2; check that history.sqlite is writable and not damaged</source>
        <translation>履歴データベースでの%1に失敗しました: %2。history.sqlite が書き込み可能で、破損していないことを確認してください</translation>
    </message>
</context>
<context>
    <name>ztp::ui::AssignmentRulesDialog</name>
    <message>
        <source>Serial number</source>
        <translation>シリアル番号</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>MAC アドレス</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>ベンダー</translation>
    </message>
    <message>
        <source>Profile</source>
        <extracomment>the vendor profile that matched the device&apos;s DHCP request</extracomment>
        <translation>プロファイル</translation>
    </message>
    <message>
        <source>Assignment rules</source>
        <translation>割り当てルール</translation>
    </message>
    <message>
        <source>Devices that match a rule get its template, image and profile, unless one was assigned to them already. Patterns accept * and ?, for example FOC27* or 00:1c:73:*. Rules are tried from the top; for each target the first matching rule that sets it wins.</source>
        <translation>ルールに一致するデバイスには、そのルールのテンプレート、イメージ、プロファイルが割り当てられます（既に割り当て済みのものを除く）。パターンには * と ? を使用できます（例: FOC27* や 00:1c:73:*）。ルールは上から順に試行され、割り当て項目ごとに、その項目を設定する最初の一致ルールが適用されます。</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>照合対象</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>パターン</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>テンプレート</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>イメージ</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>ルールを追加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上へ移動</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下へ移動</translation>
    </message>
    <message>
        <source>Rule %1 has no pattern. Enter a value or a wildcard such as FOC27*.</source>
        <translation>ルール %1 にパターンがありません。値または FOC27* のようなワイルドカードを入力してください。</translation>
    </message>
    <message>
        <source>Rule %1 assigns nothing. Enter a template, an image or a profile.</source>
        <translation>ルール %1 は何も割り当てません。テンプレート、イメージ、プロファイルのいずれかを入力してください。</translation>
    </message>
</context>
<context>
    <name>ztp::ui::BenchPositionsDialog</name>
    <message>
        <source>Bench positions</source>
        <translation>ベンチ位置</translation>
    </message>
    <message>
        <source>Name the bench position behind each circuit id that the bench switch adds to DHCP requests (option 82). Devices with an unnamed circuit id get the name at once; a renamed position shows from the device&apos;s next request.</source>
        <translation>ベンチスイッチが DHCP 要求に付加する回線 ID（Option 82）ごとに、その先にあるベンチ位置の名前を指定します。名前のない回線 ID のデバイスには直ちに名前が付きます。位置の名前を変更した場合は、デバイスの次回の要求から反映されます。</translation>
    </message>
    <message>
        <source>Circuit id</source>
        <translation>回線 ID</translation>
    </message>
    <message>
        <source>Bench position</source>
        <translation>ベンチ位置</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Row %1 names position &apos;%2&apos; but has no circuit id.</source>
        <translation>%1 行目は位置 &apos;%2&apos; を指定していますが、回線 ID がありません。</translation>
    </message>
    <message>
        <source>Row %1: circuit id &apos;%2&apos; is listed twice; keep one row.</source>
        <translation>%1 行目: 回線 ID &apos;%2&apos; が 2 回記載されています。1 行だけ残してください。</translation>
    </message>
</context>
<context>
    <name>ztp::ui::ConsoleWindow</name>
    <message>
        <source>Console cable</source>
        <translation>コンソールケーブル</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>ターミナル</translation>
    </message>
    <message>
        <source>Hex</source>
        <extracomment>Tab title: the received bytes as a hexadecimal dump.</extracomment>
        <translation>16 進</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Detect baud rate</source>
        <translation>ボーレートを検出</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>ポート:</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>プロファイル:</translation>
    </message>
    <message>
        <source>Baud:</source>
        <translation>ボーレート:</translation>
    </message>
    <message>
        <source>Local echo</source>
        <translation>ローカルエコー</translation>
    </message>
    <message>
        <source> ms</source>
        <extracomment>Unit suffix of the BREAK duration, in milliseconds; keep the leading space.</extracomment>
        <translation> ms</translation>
    </message>
    <message>
        <source>Send BREAK</source>
        <translation>BREAK 送信</translation>
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
        <translation>BREAK 長</translation>
    </message>
    <message>
        <source>Serial number or MAC of the device on this cable</source>
        <translation>このケーブルに接続されたデバイスのシリアル番号または MAC</translation>
    </message>
    <message>
        <source>Save on the device</source>
        <translation>デバイスに保存</translation>
    </message>
    <message>
        <source>Push configuration</source>
        <translation>設定をプッシュ</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>デバイス:</translation>
    </message>
    <message>
        <source>The port disconnected (%1); waiting for the same adapter to come back.</source>
        <translation>ポートが切断されました（%1）。同じアダプターが再接続されるのを待っています。</translation>
    </message>
    <message>
        <source>Reconnected to %1.</source>
        <translation>%1 に再接続しました。</translation>
    </message>
    <message>
        <source>Connected to %1, %2.</source>
        <translation>%1 に接続しました（%2）。</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>切断</translation>
    </message>
    <message>
        <source>The console reports serial number %1.</source>
        <translation>コンソールからシリアル番号 %1 が報告されました。</translation>
    </message>
    <message>
        <source>The console answers at %1 baud.</source>
        <translation>コンソールは %1 baud で応答しています。</translation>
    </message>
    <message>
        <source>No baud rate gave readable output (best score %1). Check the cable, or press Enter on the device.</source>
        <translation>読み取り可能な出力が得られるボーレートがありませんでした（最高スコア %1）。ケーブルを確認するか、デバイスで Enter キーを押してください。</translation>
    </message>
    <message>
        <source>Trying the common baud rates...</source>
        <translation>一般的なボーレートを試行しています...</translation>
    </message>
    <message>
        <source>Cannot render the configuration of %1: %2</source>
        <translation>%1 の設定をレンダリングできません: %2</translation>
    </message>
    <message>
        <source>Pushing %1 (%2)...</source>
        <translation>%1 をプッシュしています（%2）...</translation>
    </message>
    <message>
        <source>Pushed %1 lines in %2 s.</source>
        <translation>%2 秒で %1 行をプッシュしました。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Line %1 was rejected:&lt;/b&gt; &lt;tt&gt;%2&lt;/tt&gt;&lt;pre&gt;%3&lt;/pre&gt;</source>
        <translation>&lt;b&gt;%1 行目が拒否されました:&lt;/b&gt; &lt;tt&gt;%2&lt;/tt&gt;&lt;pre&gt;%3&lt;/pre&gt;</translation>
    </message>
</context>
<context>
    <name>ztp::ui::DeviceDetailPanel</name>
    <message>
        <source>MAC address</source>
        <translation>MAC アドレス</translation>
    </message>
    <message>
        <source>Client identifier</source>
        <comment>DHCP option 61</comment>
        <translation>クライアント識別子</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>シリアル番号</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>ベンダー</translation>
    </message>
    <message>
        <source>Hostname</source>
        <translation>ホスト名</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP アドレス</translation>
    </message>
    <message>
        <source>Bench position</source>
        <translation>ベンチ位置</translation>
    </message>
    <message>
        <source>IEEE OUI registry</source>
        <translation>IEEE OUI レジストリ</translation>
    </message>
    <message>
        <source>DHCP</source>
        <translation>DHCP</translation>
    </message>
    <message>
        <source>HTTP headers</source>
        <translation>HTTP ヘッダー</translation>
    </message>
    <message>
        <source>Serial console</source>
        <translation>シリアルコンソール</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>インベントリ</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>作業者</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>識別子</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>取得元</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>エビデンス</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>確認日時</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>タイムライン</translation>
    </message>
    <message>
        <source>Packets</source>
        <translation>パケット</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>識別情報</translation>
    </message>
    <message>
        <source>Select a device to see its timeline and packets.</source>
        <translation>デバイスを選択すると、そのタイムラインとパケットが表示されます。</translation>
    </message>
    <message>
        <source>Last seen %1</source>
        <translation>最終確認: %1</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>割り当て</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>プロファイル</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>テンプレート</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>イメージ</translation>
    </message>
</context>
<context>
    <name>ztp::ui::DevicePacketView</name>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>要求</translation>
    </message>
    <message>
        <source>Reply</source>
        <extracomment>Field name and value in the decoded packet view: the server sent no DHCP reply.</extracomment>
        <translation>応答</translation>
    </message>
    <message>
        <source>Profile or rule</source>
        <translation>プロファイルまたはルール</translation>
    </message>
    <message>
        <source>Field or option</source>
        <translation>フィールドまたはオプション</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Select a message or one of its fields to see its octets.</source>
        <translation>メッセージまたはそのフィールドを選択すると、オクテットが表示されます。</translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>no DHCP reply was sent to this request</extracomment>
        <translation>なし</translation>
    </message>
    <message>
        <source>Matched profile or rule</source>
        <translation>一致したプロファイルまたはルール</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>The request as decoded and encoded again: the same fields and options, though padding and option splitting may differ from the datagram.</source>
        <translation>デコードして再エンコードした要求です。フィールドとオプションは同じですが、パディングやオプションの分割は元のデータグラムと異なる場合があります。</translation>
    </message>
    <message>
        <source>none sent</source>
        <translation>送信なし</translation>
    </message>
    <message>
        <source>The reply exactly as sent.</source>
        <translation>実際に送信したとおりの応答です。</translation>
    </message>
    <message numerus="yes">
        <source>%n octets</source>
        <translation>
            <numerusform>%n オクテット</numerusform>
        </translation>
    </message>
    <message>
        <source>Not decodable</source>
        <translation>デコード不可</translation>
    </message>
</context>
<context>
    <name>ztp::ui::DeviceTableView</name>
    <message>
        <source>Import inventory</source>
        <translation>インベントリのインポート</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>pasted rows</source>
        <translation>貼り付けた行</translation>
    </message>
    <message>
        <source>Assign template</source>
        <translation>テンプレートの割り当て</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>テンプレート:</translation>
    </message>
    <message>
        <source>Re-provision</source>
        <translation>再プロビジョニング</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>完了にする</translation>
    </message>
    <message>
        <source>Assign template...</source>
        <translation>テンプレートを割り当て...</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>一覧から削除</translation>
    </message>
    <message>
        <source>Export inventory (CSV)...</source>
        <translation>インベントリをエクスポート (CSV)...</translation>
    </message>
    <message>
        <source>Filter &apos;%1&apos;...</source>
        <translation>&apos;%1&apos; でフィルター...</translation>
    </message>
    <message>
        <source>Filter column</source>
        <translation>列のフィルター</translation>
    </message>
    <message>
        <source>Show rows whose %1 contains:</source>
        <translation>%1 に次の文字列を含む行を表示:</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>すべてのフィルターをクリア</translation>
    </message>
    <message>
        <source>Export inventory</source>
        <translation>インベントリのエクスポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>Assignment rules...</source>
        <translation>割り当てルール...</translation>
    </message>
    <message>
        <source>Bench positions...</source>
        <translation>ベンチ位置...</translation>
    </message>
    <message>
        <source>Forget devices</source>
        <translation>デバイスを一覧から削除</translation>
    </message>
    <message numerus="yes">
        <source>Forget %n device(s)? Their records and their events in the history are deleted; a device that sends a request again starts as a new one.</source>
        <extracomment>%n is the number of devices</extracomment>
        <translation>
            <numerusform>%n 台のデバイスを一覧から削除しますか? デバイスのレコードと履歴内のイベントは削除されます。再度要求を送信したデバイスは、新しいデバイスとして扱われます。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ztp::ui::ExportDialog</name>
    <message>
        <source>Export report</source>
        <translation>レポートのエクスポート</translation>
    </message>
    <message>
        <source>PDF report</source>
        <translation>PDF レポート</translation>
    </message>
    <message>
        <source>HTML report</source>
        <translation>HTML レポート</translation>
    </message>
    <message>
        <source>CSV table</source>
        <translation>CSV テーブル</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Signed evidence pack (folder)</source>
        <translation>署名付きエビデンスパック（フォルダー）</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>参照...</translation>
    </message>
    <message numerus="yes">
        <source>Only the %n selected device(s)</source>
        <translation>
            <numerusform>選択した %n 台のデバイスのみ</numerusform>
        </translation>
    </message>
    <message>
        <source>From (UTC)</source>
        <translation>開始 (UTC)</translation>
    </message>
    <message>
        <source>To (UTC)</source>
        <translation>終了 (UTC)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>To</source>
        <extracomment>Form label of the output file or folder the report is written to.</extracomment>
        <translation>出力先</translation>
    </message>
    <message>
        <source>Site</source>
        <extracomment>Form label: the staging site printed on the report.</extracomment>
        <translation>サイト</translation>
    </message>
    <message>
        <source>Job</source>
        <extracomment>Form label: the job or order number printed on the report.</extracomment>
        <translation>ジョブ</translation>
    </message>
    <message>
        <source>Time</source>
        <extracomment>Form label of the time range of events the report covers.</extracomment>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>作業者</translation>
    </message>
    <message>
        <source>Empty folder for the evidence pack</source>
        <translation>エビデンスパック用の空のフォルダー</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1 ファイル (*.%2)</translation>
    </message>
    <message>
        <source>Choose where to write the export.</source>
        <translation>エクスポートの出力先を選択してください。</translation>
    </message>
    <message>
        <source>No workspace is open; open one with File &gt; Open workspace.</source>
        <translation>ワークスペースが開かれていません。[ファイル] &gt; [ワークスペースを開く] で開いてください。</translation>
    </message>
    <message>
        <source>The device has no record in the history, so its configuration cannot be rendered.</source>
        <translation>このデバイスは履歴に記録がないため、設定をレンダリングできません。</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n device(s)...</source>
        <translation>
            <numerusform>%n 台のデバイスをエクスポートしています...</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n device(s) to %1.</source>
        <translation>
            <numerusform>%n 台のデバイスを %1 にエクスポートしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Configurations left out of the pack:
%1</source>
        <translation>パックに含まれなかった設定:
%1</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>エクスポート完了</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>エクスポート失敗</translation>
    </message>
</context>
<context>
    <name>ztp::ui::HistoryActions</name>
    <message>
        <source>Search history...</source>
        <translation>履歴を検索...</translation>
    </message>
    <message>
        <source>Export report...</source>
        <translation>レポートをエクスポート...</translation>
    </message>
    <message>
        <source>Back up history...</source>
        <translation>履歴をバックアップ...</translation>
    </message>
    <message>
        <source>Purge old history...</source>
        <translation>古い履歴を削除...</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告: %1</translation>
    </message>
    <message>
        <source>No workspace is open; open one with File &gt; Open workspace.</source>
        <translation>ワークスペースが開かれていません。[ファイル] &gt; [ワークスペースを開く] で開いてください。</translation>
    </message>
    <message>
        <source>Deleted %1 events and %2 devices older than %3 days.</source>
        <translation>%3 日より古いイベント %1 件とデバイス %2 台を削除しました。</translation>
    </message>
    <message>
        <source>Back up history</source>
        <translation>履歴のバックアップ</translation>
    </message>
    <message>
        <source>SQLite files (*.sqlite)</source>
        <translation>SQLite ファイル (*.sqlite)</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>バックアップ失敗</translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation>%1 を置き換えられません。</translation>
    </message>
    <message>
        <source>Backup written</source>
        <translation>バックアップ完了</translation>
    </message>
    <message>
        <source>The history was copied to %1.</source>
        <translation>履歴を %1 にコピーしました。</translation>
    </message>
    <message>
        <source>Purge old history</source>
        <translation>古い履歴の削除</translation>
    </message>
    <message>
        <source>Delete events and devices last seen more than this many days ago. Back up the history first if the customer may ask for them.</source>
        <translation>最終確認がこの日数より前のイベントとデバイスを削除します。顧客から提出を求められる可能性がある場合は、先に履歴をバックアップしてください。</translation>
    </message>
    <message>
        <source>Purge failed</source>
        <translation>削除失敗</translation>
    </message>
    <message>
        <source>History purged</source>
        <translation>履歴を削除しました</translation>
    </message>
</context>
<context>
    <name>ztp::ui::HistoryDialog</name>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>MAC, e.g. 00:1c:73:1a:2b:3c</source>
        <translation>MAC（例: 00:1c:73:1a:2b:3c）</translation>
    </message>
    <message>
        <source>Text in the summary or details</source>
        <translation>概要または詳細のテキスト</translation>
    </message>
    <message>
        <source>From (UTC)</source>
        <translation>開始 (UTC)</translation>
    </message>
    <message>
        <source>To (UTC)</source>
        <translation>終了 (UTC)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <source>Kind</source>
        <extracomment>Filter label: the kind of history event (lease, transfer, console session...).</extracomment>
        <translation>種類</translation>
    </message>
    <message>
        <source>Text</source>
        <extracomment>Filter label: text searched for in the events.</extracomment>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Select an event to see its device&apos;s timeline.</source>
        <translation>イベントを選択すると、そのデバイスのタイムラインが表示されます。</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>時刻 (UTC)</translation>
    </message>
    <message>
        <source>Since first event</source>
        <translation>最初のイベントからの経過</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>すべての種類</translation>
    </message>
    <message>
        <source>The first %1 events; narrow the search to see the rest.</source>
        <translation>最初の %1 件のイベントです。残りを表示するには、検索条件を絞り込んでください。</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n 件のイベント</numerusform>
        </translation>
    </message>
    <message>
        <source>This event belongs to the bench, not to one device.</source>
        <translation>このイベントは特定のデバイスではなく、ベンチ全体に関するものです。</translation>
    </message>
    <message numerus="yes">
        <source>Timeline of %1: %n event(s)</source>
        <translation>
            <numerusform>%1 のタイムライン: %n 件のイベント</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ztp::ui::InventoryImportDialog</name>
    <message>
        <source>Import inventory: %1</source>
        <translation>インベントリのインポート: %1</translation>
    </message>
    <message>
        <source>The first row holds column names</source>
        <translation>1 行目は列名</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>インポート</translation>
    </message>
    <message>
        <source>Choose what each column is. Keys are the MAC address and the serial number; every other column becomes a template variable.</source>
        <translation>各列の内容を選択してください。キーは MAC アドレスとシリアル番号です。その他の列はすべてテンプレート変数になります。</translation>
    </message>
    <message>
        <source>Problems (nothing is imported until there are none):</source>
        <translation>問題（問題がなくなるまでインポートされません）:</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>（無視）</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>MAC アドレス</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>シリアル番号</translation>
    </message>
    <message>
        <source>Hostname</source>
        <translation>ホスト名</translation>
    </message>
    <message>
        <source>Variable &apos;%1&apos;</source>
        <translation>変数 &apos;%1&apos;</translation>
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
        <translation>サービス開始</translation>
    </message>
    <message>
        <source>Start or stop DHCP and TFTP on the chosen interface</source>
        <translation>選択したインターフェイスで DHCP と TFTP を開始または停止します</translation>
    </message>
    <message>
        <source>Refresh interfaces</source>
        <translation>インターフェイスを更新</translation>
    </message>
    <message>
        <source>Console cable...</source>
        <translation>コンソールケーブル...</translation>
    </message>
    <message>
        <source>Open a serial console and push a configuration over it</source>
        <translation>シリアルコンソールを開き、コンソール経由で設定をプッシュします</translation>
    </message>
    <message>
        <source>Export report (CSV)...</source>
        <translation>レポートをエクスポート (CSV)...</translation>
    </message>
    <message>
        <source>Open workspace...</source>
        <translation>ワークスペースを開く...</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>About ZTP Workbench</source>
        <translation>ZTP Workbench について</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Bench</source>
        <translation>ベンチ(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>履歴(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Bench</source>
        <translation>ベンチ</translation>
    </message>
    <message>
        <source>Interface:</source>
        <translation>インターフェイス:</translation>
    </message>
    <message>
        <source>The servers answer on this interface only. Choose the one cabled to the devices, never the office network.</source>
        <translation>サーバーはこのインターフェイスでのみ応答します。デバイスにケーブル接続されたインターフェイスを選択し、社内ネットワーク側は絶対に選択しないでください。</translation>
    </message>
    <message>
        <source>Search devices by MAC, hostname, serial, IP...</source>
        <translation>MAC、ホスト名、シリアル番号、IP でデバイスを検索...</translation>
    </message>
    <message>
        <source>Scan a serial number or MAC to select its device</source>
        <translation>シリアル番号または MAC をスキャンしてデバイスを選択</translation>
    </message>
    <message>
        <source>No device has the serial number or MAC %1.</source>
        <translation>シリアル番号または MAC が %1 のデバイスはありません。</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>ZTP Workbench %1
Zero-touch provisioning for a staging bench.</source>
        <translation>ZTP Workbench %1
ステージングベンチ向けのゼロタッチプロビジョニング。</translation>
    </message>
    <message>
        <source>Choose an interface...</source>
        <translation>インターフェイスを選択...</translation>
    </message>
    <message>
        <source>no IPv4 address</source>
        <translation>IPv4 アドレスなし</translation>
    </message>
    <message>
        <source> (down)</source>
        <translation> (ダウン)</translation>
    </message>
    <message>
        <source>Choose an interface</source>
        <translation>インターフェイスの選択</translation>
    </message>
    <message>
        <source>Choose the network interface that is cabled to the devices first. The servers answer on that interface only.</source>
        <translation>先に、デバイスにケーブル接続されたネットワークインターフェイスを選択してください。サーバーはそのインターフェイスでのみ応答します。</translation>
    </message>
    <message>
        <source>Cannot start the services</source>
        <translation>サービスを開始できません</translation>
    </message>
    <message>
        <source>Stop services</source>
        <translation>サービス停止</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Serving on %1 as %2, pool %3 - %4. Workspace: %5</source>
        <translation>%1 で %2 として稼働中、プール %3 - %4。ワークスペース: %5</translation>
    </message>
    <message>
        <source>Stopped. Workspace: %1</source>
        <translation>停止しました。ワークスペース: %1</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>レポートのエクスポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>エクスポート失敗</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>レポートを %1 に書き込みました</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>テンプレート</translation>
    </message>
    <message>
        <source>Show template editor</source>
        <translation>テンプレートエディターを表示</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>ワークスペースを開く</translation>
    </message>
    <message>
        <source>Cannot open the workspace</source>
        <translation>ワークスペースを開けません</translation>
    </message>
    <message>
        <source>Workspace in use</source>
        <translation>ワークスペース使用中</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>設定(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>System language</source>
        <extracomment>Language menu entry: use the operating system&apos;s language.</extracomment>
        <translation>システムの言語</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>ZTP Workbench shows the new language the next time it starts.</source>
        <translation>新しい言語は ZTP Workbench の次回起動時に反映されます。</translation>
    </message>
    <message>
        <source>Export DHCP options...</source>
        <translation>DHCP オプションをエクスポート...</translation>
    </message>
    <message>
        <source>Show the vendor profiles&apos; DHCP options as configuration for ISC dhcpd, Kea, dnsmasq or a Cisco IOS pool</source>
        <translation>ベンダープロファイルの DHCP オプションを、ISC dhcpd、Kea、dnsmasq、または Cisco IOS プールの設定として表示します</translation>
    </message>
    <message>
        <source>Server certificate...</source>
        <translation>サーバー証明書...</translation>
    </message>
    <message>
        <source>Show the HTTPS certificate&apos;s fingerprint, to pin it on devices</source>
        <translation>デバイスでピン留めするための HTTPS 証明書のフィンガープリントを表示します</translation>
    </message>
    <message>
        <source>Assignment rules...</source>
        <translation>割り当てルール...</translation>
    </message>
    <message>
        <source>Bench positions...</source>
        <translation>ベンチ位置...</translation>
    </message>
</context>
<context>
    <name>ztp::ui::OptionExportDialog</name>
    <message>
        <source>Export DHCP options</source>
        <translation>DHCP オプションのエクスポート</translation>
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
        <translation>Cisco IOS DHCP プール</translation>
    </message>
    <message>
        <source>IPv4 address, such as 192.0.2.1</source>
        <translation>IPv4 アドレス（例: 192.0.2.1）</translation>
    </message>
    <message>
        <source>Written where a profile uses {server} or {tftp}: the address the devices reach the TFTP or HTTP server at in production.</source>
        <translation>プロファイルで {server} または {tftp} が使用されている箇所に書き込まれます。本番環境でデバイスが TFTP サーバーまたは HTTP サーバーに到達するためのアドレスです。</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>形式:</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>プロファイル:</translation>
    </message>
    <message>
        <source>Server address:</source>
        <extracomment>The address substituted for {server} in exported DHCP options.</extracomment>
        <translation>サーバーアドレス:</translation>
    </message>
    <message>
        <source>Copy</source>
        <extracomment>Copies the exported DHCP configuration to the clipboard.</extracomment>
        <translation>コピー</translation>
    </message>
    <message>
        <source>All profiles</source>
        <translation>すべてのプロファイル</translation>
    </message>
    <message>
        <source>Enter the server address: %1</source>
        <translation>サーバーアドレスを入力してください: %1</translation>
    </message>
    <message>
        <source>Cannot export: %1</source>
        <translation>エクスポートできません: %1</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>スキップしました: %1</translation>
    </message>
</context>
<context>
    <name>ztp::ui::RogueServerBanner</name>
    <message>
        <source>Dismiss</source>
        <extracomment>Closes the rogue DHCP server warning bar.</extracomment>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>unknown MAC</source>
        <translation>不明な MAC</translation>
    </message>
    <message>
        <source>%1 (MAC %2) answers on %3 and offered %4.</source>
        <translation>%1（MAC %2）が %3 で応答し、%4 を提供しました。</translation>
    </message>
    <message>
        <source>Another DHCP server is on the bench network!</source>
        <translation>ベンチネットワーク上に別の DHCP サーバーがあります！</translation>
    </message>
    <message>
        <source>%1 other DHCP servers are on the bench network!</source>
        <translation>ベンチネットワーク上に他の DHCP サーバーが %1 台あります！</translation>
    </message>
    <message>
        <source>Devices may take their address from it and miss their configuration. Disconnect it or move the bench to its own segment.</source>
        <translation>デバイスがそのサーバーからアドレスを取得し、設定を受け取れないおそれがあります。そのサーバーを切り離すか、ベンチを専用のセグメントに移してください。</translation>
    </message>
</context>
<context>
    <name>ztp::ui::ServerCertificateDialog</name>
    <message>
        <source>Server certificate</source>
        <translation>サーバー証明書</translation>
    </message>
    <message>
        <source>Devices that pin the HTTPS server certificate need one of these values. The CA certificate in %1 works for devices that take a trust store instead.</source>
        <translation>HTTPS サーバー証明書をピン留めするデバイスには、次のいずれかの値が必要です。代わりにトラストストアを使用するデバイスには、%1 の CA 証明書を使用できます。</translation>
    </message>
    <message>
        <source>Copy</source>
        <extracomment>Button that copies a certificate fingerprint or key pin to the clipboard.</extracomment>
        <translation>コピー</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256 フィンガープリント:</translation>
    </message>
    <message>
        <source>Public key pin:</source>
        <translation>公開鍵ピン:</translation>
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
        <translation>大文字と小文字を区別</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>置換後の文字列</translation>
    </message>
    <message>
        <source>Next</source>
        <extracomment>Button: find the next match.</extracomment>
        <translation>次へ</translation>
    </message>
    <message>
        <source>Previous</source>
        <extracomment>Button: find the previous match.</extracomment>
        <translation>前へ</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>置換</translation>
    </message>
    <message>
        <source>Replace all</source>
        <translation>すべて置換</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>見つかりません</translation>
    </message>
    <message>
        <source>Wrapped</source>
        <extracomment>Search status: the search went past the end and continued from the start.</extracomment>
        <translation>折り返しました</translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n 件置換しました</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ztp::ui::editor::TemplateEditorWidget</name>
    <message>
        <source>New...</source>
        <translation>新規...</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Check all devices</source>
        <translation>全デバイスをチェック</translation>
    </message>
    <message>
        <source>Save the template and record the revision (Ctrl+S)</source>
        <translation>テンプレートを保存してリビジョンを記録します (Ctrl+S)</translation>
    </message>
    <message>
        <source>List the variables each device is missing and any syntax error</source>
        <translation>各デバイスで不足している変数と構文エラーを一覧表示します</translation>
    </message>
    <message>
        <source>Show secrets</source>
        <translation>シークレットを表示</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>テンプレート</translation>
    </message>
    <message>
        <source>Missing variables</source>
        <translation>不足している変数</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <source>Diff with last sent</source>
        <translation>前回送信分との差分</translation>
    </message>
    <message>
        <source>Lint</source>
        <extracomment>Tab title: the check of every device for missing variables and template errors.</extracomment>
        <translation>Lint</translation>
    </message>
    <message>
        <source>Assigned %1 to %2</source>
        <translation>%1 を %2 に割り当てました</translation>
    </message>
    <message>
        <source>Unsaved template</source>
        <translation>未保存のテンプレート</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Discard them?</source>
        <translation>%1 には保存されていない変更があります。破棄しますか?</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 を開けません: %2</translation>
    </message>
    <message>
        <source>Open or create a template before saving.</source>
        <translation>保存する前に、テンプレートを開くか作成してください。</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>%1 を保存できません: %2</translation>
    </message>
    <message>
        <source>Saved %1, revision %2</source>
        <translation>%1 を保存しました（リビジョン %2）</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>新しいテンプレート</translation>
    </message>
    <message>
        <source>Name, relative to templates/ (for example leaf.j2):</source>
        <translation>名前（templates/ からの相対パス。例: leaf.j2）:</translation>
    </message>
    <message>
        <source>&apos;%1&apos; leaves the templates folder; give a name inside it.</source>
        <translation>&apos;%1&apos; は templates フォルダーの外を指しています。フォルダー内の名前を指定してください。</translation>
    </message>
    <message>
        <source>%1 already exists; pick it from the list.</source>
        <translation>%1 は既に存在します。一覧から選択してください。</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>%1 を作成できません: %2</translation>
    </message>
    <message>
        <source>%1 was removed or cannot be read; save to write it again.</source>
        <translation>%1 は削除されたか、読み取れません。保存すると再度書き込まれます。</translation>
    </message>
    <message>
        <source>%1 changed on disk; saving will overwrite that change.</source>
        <translation>%1 はディスク上で変更されています。保存するとその変更は上書きされます。</translation>
    </message>
    <message>
        <source>Reloaded %1, which changed outside the editor.</source>
        <translation>エディターの外部で変更された %1 を再読み込みしました。</translation>
    </message>
    <message>
        <source>Select a device in the table to preview the template for it.</source>
        <translation>テンプレートをプレビューするデバイスをテーブルで選択してください。</translation>
    </message>
    <message>
        <source>%1 rendered for %2 %3</source>
        <translation>%2 %3 用にレンダリングした %1</translation>
    </message>
    <message>
        <source>Cannot render: %1</source>
        <translation>レンダリングできません: %1</translation>
    </message>
    <message>
        <source>No configuration has been sent to %1 yet.</source>
        <translation>%1 にはまだ設定が送信されていません。</translation>
    </message>
    <message>
        <source>The configuration sent to %1 (SHA-256 %2) is not stored, so there is nothing to compare with.</source>
        <translation>%1 に送信された設定（SHA-256 %2）は保存されていないため、比較対象がありません。</translation>
    </message>
    <message>
        <source>%1 devices checked, %2 with problems</source>
        <translation>%1 台のデバイスをチェックしました。問題あり: %2 台</translation>
    </message>
</context>
<context>
    <name>ztp::ui::editor::TemplateListWidget</name>
    <message>
        <source>Drag a template onto device rows to assign it</source>
        <translation>テンプレートをデバイスの行にドラッグして割り当てます</translation>
    </message>
</context>
<context>
    <name>ztp::ui::editor::VariablePalette</name>
    <message>
        <source>Drag a variable into the template to insert {{ name }}</source>
        <translation>変数をテンプレートにドラッグして {{ name }} を挿入します</translation>
    </message>
    <message>
        <source>Built-in</source>
        <extracomment>Group title: variables the application provides for every device (hostname, mac, ip...).</extracomment>
        <translation>組み込み</translation>
    </message>
    <message>
        <source>Inventory columns</source>
        <translation>インベントリの列</translation>
    </message>
    <message>
        <source>variables.json</source>
        <translation>variables.json</translation>
    </message>
    <message>
        <source>%1 (secret)</source>
        <translation>%1（シークレット）</translation>
    </message>
</context>
<context>
    <name>ztp::workspace</name>
    <message>
        <source>line %1: a quoted field is not closed; add the closing double quote</source>
        <translation>%1 行目: 引用符で囲まれたフィールドが閉じられていません。閉じる二重引用符を追加してください</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text; save it from the spreadsheet as &quot;CSV UTF-8&quot; and import it again</source>
        <translation>ファイルが UTF-8 テキストではありません。表計算ソフトで &quot;CSV UTF-8&quot; として保存し、もう一度インポートしてください</translation>
    </message>
</context>
<context>
    <name>ztp::workspace::Inventory</name>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: 読み取れません: %2</translation>
    </message>
    <message>
        <source>%1: cannot write: %2; check the directory&apos;s permissions and free space</source>
        <translation>%1: 書き込めません: %2。ディレクトリのアクセス権と空き容量を確認してください</translation>
    </message>
    <message>
        <source>header &apos;%1&apos; is not a valid variable name; use letters, digits and underscores</source>
        <translation>ヘッダー &apos;%1&apos; は有効な変数名ではありません。英字、数字、アンダースコアを使用してください</translation>
    </message>
    <message>
        <source>column %1 maps to &apos;%2&apos; like column %3; rename or ignore one of them</source>
        <translation>列 %1 は列 %3 と同じく &apos;%2&apos; に対応付けられています。どちらかの名前を変更するか、無視してください</translation>
    </message>
    <message>
        <source>the header has neither a &apos;mac&apos; nor a &apos;serial&apos; column; add one so devices can be matched</source>
        <translation>ヘッダーに &apos;mac&apos; 列も &apos;serial&apos; 列もありません。デバイスを照合できるよう、いずれかを追加してください</translation>
    </message>
    <message>
        <source>%1 is already on line %2</source>
        <translation>%1 は既に %2 行目にあります</translation>
    </message>
    <message>
        <source>line %1, column &apos;%2&apos;: %3</source>
        <translation>%1 行目、列 &apos;%2&apos;: %3</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>%1 行目、列 %2: %3</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>%1 行目: %2</translation>
    </message>
    <message>
        <source>the file is empty; add a header row with at least a mac or serial column</source>
        <translation>ファイルが空です。少なくとも mac 列または serial 列を含むヘッダー行を追加してください</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>列 %1</translation>
    </message>
    <message>
        <source>%1 fields but the header has %2; quote fields that contain the delimiter</source>
        <translation>フィールドが %1 個ありますが、ヘッダーは %2 個です。区切り文字を含むフィールドは引用符で囲んでください</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a MAC address; write it as 00:1c:73:1a:2b:3c</source>
        <translation>&apos;%1&apos; は MAC アドレスではありません。00:1c:73:1a:2b:3c の形式で記述してください</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a multicast, broadcast or zero address, not a device&apos;s MAC address</source>
        <translation>&apos;%1&apos; はマルチキャスト、ブロードキャスト、またはゼロのアドレスであり、デバイスの MAC アドレスではありません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IPv4 address; write it as 10.0.0.23 or leave it empty</source>
        <translation>&apos;%1&apos; は IPv4 アドレスではありません。10.0.0.23 の形式で記述するか、空欄にしてください</translation>
    </message>
    <message>
        <source>the row has neither a MAC address nor a serial number</source>
        <translation>この行には MAC アドレスもシリアル番号もありません</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is already on line %3</source>
        <translation>%1 &apos;%2&apos; は既に %3 行目にあります</translation>
    </message>
    <message>
        <source>the value contains a line break or another control character; keep it on one line</source>
        <translation>値に改行またはその他の制御文字が含まれています。1 行にしてください</translation>
    </message>
    <message>
        <source>the value contains a NUL character; remove it</source>
        <translation>値に NUL 文字が含まれています。削除してください</translation>
    </message>
</context>
<context>
    <name>ztp::workspace::VariableResolver</name>
    <message>
        <source>%1:%2:%3: invalid JSON: %4; fix the file or remove it</source>
        <translation>%1:%2:%3: 無効な JSON: %4。ファイルを修正するか、削除してください</translation>
    </message>
    <message>
        <source>%1: the file must contain one JSON object of variable names and values, for example {&quot;ntp_server&quot;: &quot;10.0.0.1&quot;}</source>
        <translation>%1: ファイルには、変数名と値からなる JSON オブジェクトを 1 つだけ含める必要があります（例: {&quot;ntp_server&quot;: &quot;10.0.0.1&quot;}）</translation>
    </message>
    <message>
        <source>%1: &quot;$secrets&quot; must be a list of variable names, for example [&quot;enable_secret&quot;]</source>
        <translation>%1: &quot;$secrets&quot; は変数名のリストである必要があります（例: [&quot;enable_secret&quot;]）</translation>
    </message>
    <message>
        <source>%1: &quot;$secrets&quot; contains %2, which is not a variable name; list names as strings</source>
        <translation>%1: &quot;$secrets&quot; に変数名ではない %2 が含まれています。名前は文字列として列挙してください</translation>
    </message>
    <message>
        <source>Cannot read %1: %2; check its permissions</source>
        <translation>%1 を読み取れません: %2。アクセス権を確認してください</translation>
    </message>
    <message>
        <source>Several variable files match device %1 (serial %2): %3; merge them into one and delete the others</source>
        <translation>複数の変数ファイルがデバイス %1（シリアル %2）に一致します: %3。1 つに統合し、他は削除してください</translation>
    </message>
</context>
<context>
    <name>ztp::workspace::Workspace</name>
    <message>
        <source>%1: line %2: invalid JSON: %3</source>
        <translation>%1: %2 行目: 無効な JSON: %3</translation>
    </message>
    <message>
        <source>%1: line 1: the file must hold a JSON object</source>
        <translation>%1: 1 行目: ファイルには JSON オブジェクトが必要です</translation>
    </message>
    <message>
        <source>%1: line %2, key &apos;%3&apos;: %4</source>
        <translation>%1: %2 行目、キー &apos;%3&apos;: %4</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>文字列が必要です</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IPv4 address; write it as 10.0.0.1 or leave it empty to derive it from the interface</source>
        <translation>&apos;%1&apos; は IPv4 アドレスではありません。10.0.0.1 の形式で記述するか、空欄にしてインターフェイスから導出してください</translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2</source>
        <translation>%1 ～ %2 の整数が必要です</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>オブジェクトが必要です</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true または false が必要です</translation>
    </message>
    <message>
        <source>expected a list of addresses</source>
        <translation>アドレスのリストが必要です</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IPv4 address</source>
        <translation>&apos;%1&apos; は IPv4 アドレスではありません</translation>
    </message>
    <message>
        <source>the boot file name has %1 octets; use at most 127 so it fits the DHCP file field and option 67</source>
        <translation>ブートファイル名が %1 オクテットあります。DHCP の file フィールドと option 67 に収まるよう、127 オクテット以下にしてください</translation>
    </message>
    <message>
        <source>set both ends of the pool, or neither to derive it from the interface</source>
        <translation>プールの両端を設定するか、両方とも未設定にしてインターフェイスから導出してください</translation>
    </message>
    <message>
        <source>the pool ends at %1, before it starts at %2</source>
        <translation>プールの終了 %1 が開始 %2 より前になっています</translation>
    </message>
    <message>
        <source>Cannot create the folder %1; check that you may write there.</source>
        <translation>フォルダー %1 を作成できません。その場所への書き込み権限があることを確認してください。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>%1: cannot read (%2); create a workspace with &apos;ztpw init %3&apos;</source>
        <translation>%1: 読み取れません (%2)。&apos;ztpw init %3&apos; でワークスペースを作成してください</translation>
    </message>
    <message>
        <source>unknown key; did you mean &apos;%1&apos;?</source>
        <translation>不明なキーです。&apos;%1&apos; のことですか?</translation>
    </message>
    <message>
        <source>unknown key; the known keys here are %1</source>
        <translation>不明なキーです。ここで使えるキーは %1 です</translation>
    </message>
    <message>
        <source>set both ends of the transfer port range, or neither to let the system pick the ports</source>
        <translation>転送ポート範囲の両端を設定するか、システムにポートを選ばせる場合はどちらも設定しないでください</translation>
    </message>
    <message>
        <source>the transfer port range ends at %1, before it starts at %2</source>
        <translation>転送ポート範囲が %2 で始まる前の %1 で終わっています</translation>
    </message>
</context>
</TS>
