-- Builds history-v1.sqlite: a history written by schema version 1 (the first release), with
-- two devices, their leases and events. Rebuild with:
--   rm -f history-v1.sqlite && sqlite3 history-v1.sqlite < history-v1.sql
PRAGMA journal_mode=DELETE;
BEGIN;
CREATE TABLE IF NOT EXISTS events ( id INTEGER PRIMARY KEY AUTOINCREMENT, time TEXT NOT NULL, kind TEXT NOT NULL, device TEXT NOT NULL DEFAULT '', summary TEXT NOT NULL, details TEXT NOT NULL DEFAULT '{}');
CREATE INDEX IF NOT EXISTS events_device ON events(device, time);
CREATE TABLE IF NOT EXISTS leases ( address TEXT PRIMARY KEY, mac TEXT NOT NULL, client_id TEXT NOT NULL, hostname TEXT NOT NULL, expires TEXT NOT NULL, state TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS devices ( mac TEXT PRIMARY KEY, client_id TEXT NOT NULL, vendor_class TEXT NOT NULL, hostname TEXT NOT NULL, serial TEXT NOT NULL, ip TEXT NOT NULL, state TEXT NOT NULL, template TEXT NOT NULL, config_sha256 TEXT NOT NULL, first_seen TEXT NOT NULL, last_seen TEXT NOT NULL, inventory TEXT NOT NULL DEFAULT '{}');
PRAGMA user_version = 1;
INSERT INTO devices VALUES ('00:1c:73:00:00:01', '', 'Arista', 'bench-sw-01', 'FOC0001', '10.0.0.10', 'configuration sent', 'default.j2', 'aa11aa11aa11aa11aa11aa11aa11aa11aa11aa11aa11aa11aa11aa11aa11aa11', '2026-03-01T08:00:00.000Z', '2026-03-01T08:05:00.000Z', '{"site":"Hall 3","job":"J-100"}');
INSERT INTO devices VALUES ('00:1c:73:00:00:02', '', 'Cisco', 'bench-sw-02', 'FOC0002', '10.0.0.11', 'leased', '', '', '2026-03-01T08:01:00.000Z', '2026-03-01T08:02:00.000Z', '{}');
INSERT INTO leases VALUES ('10.0.0.10', '001c73000001', '', 'bench-sw-01', '2026-03-01T09:00:00.000Z', 'bound');
INSERT INTO leases VALUES ('10.0.0.11', '001c73000002', '', 'bench-sw-02', '2026-03-01T09:01:00.000Z', 'bound');
INSERT INTO events (time, kind, device, summary, details) VALUES ('2026-03-01T08:00:00.000Z', 'dhcp.discover', '00:1c:73:00:00:01', 'DISCOVER from 00:1c:73:00:00:01 -> OFFER 10.0.0.10', '{"reply":"OFFER"}');
INSERT INTO events (time, kind, device, summary, details) VALUES ('2026-03-01T08:00:01.000Z', 'dhcp.request', '00:1c:73:00:00:01', 'REQUEST from 00:1c:73:00:00:01 -> ACK 10.0.0.10', '{"reply":"ACK"}');
INSERT INTO events (time, kind, device, summary, details) VALUES ('2026-03-01T08:05:00.000Z', 'tftp.transfer', '00:1c:73:00:00:01', 'sent network-confg (120 bytes) to 10.0.0.10', '{"result":"ok","dynamic":true}');
INSERT INTO events (time, kind, device, summary, details) VALUES ('2026-03-01T08:01:00.000Z', 'dhcp.discover', '00:1c:73:00:00:02', 'DISCOVER from 00:1c:73:00:00:02 -> OFFER 10.0.0.11', '{"reply":"OFFER"}');
COMMIT;
