-- The demo network's people. Every demo account's password is
-- "Demo-Passwort-2026" (yescrypt hashes, each with its own salt; made with
-- crypt_gensalt_rn + crypt_rn, as kp_password_hash does). Never load this
-- into a production database: kpctl load-demo refuses a non-empty one.

INSERT INTO users (email, name, password_hash, role, status, lang, created_at, approved_at, last_login_at) VALUES
('admin@knotenpunkt.test', 'Sabine Kraus', '$y$j9T$RCkHxgXCUAx7WVytcoDdT0$YraZMXMsDocUYseHgyZ/BagBEQ37TQta.9p53fB1kXD', 'admin', 'active', 'de', NOW() - INTERVAL 400 DAY, NOW() - INTERVAL 400 DAY, NOW() - INTERVAL 1 DAY),
('moderator@knotenpunkt.test', 'Yusuf Demir', '$y$j9T$68ve6NeNIyZNe9lJCIHIi1$iBsNx3FszkAEn3OStiiVHymfpUrI/hW0WXEGpCwXQD9', 'moderator', 'active', 'de', NOW() - INTERVAL 300 DAY, NOW() - INTERVAL 300 DAY, NOW() - INTERVAL 3 DAY),
('member1@knotenpunkt.test', 'Anna Schneider', '$y$j9T$6B9I1TZkx4LmbK20mlX891$TXucm9iL68Sn35q4ZB12WRfC2IFwEfPWNXsLVDjcCh6', 'member', 'active', 'de', NOW() - INTERVAL 200 DAY, NOW() - INTERVAL 200 DAY, NOW() - INTERVAL 2 DAY),
('member2@knotenpunkt.test', 'Daniel Okafor', '$y$j9T$IEaHEugqvGA5hCbPfMjLP0$DveeE3u1Bx10aJFV9Og0gKNyaXID9.2lWdqhPLAm7vB', 'member', 'active', 'en', NOW() - INTERVAL 120 DAY, NOW() - INTERVAL 120 DAY, NOW() - INTERVAL 5 DAY),
-- Confirmed the address, waits for a coordinator: `kpctl user approve`.
('neu@knotenpunkt.test', 'Leyla Haddad', '$y$j9T$P1Ka4pjpMX36nYpQtElJz1$19apd0ggolsxhE5NaxWlPXCsYwCRGdxEIAx2IcL34h/', 'member', 'pending', 'de', NOW() - INTERVAL 1 DAY, NULL, NULL),
-- Left the network's work; kept suspended so the history stays readable.
('ehemalig@knotenpunkt.test', 'Thomas Berger', '$y$j9T$s28LxoLBEcEe2AYwl1SRl/$5CUYSdMoeQORQNSoafsAJwMhEtQnaRcVTbK0ocQbjEB', 'member', 'suspended', 'de', NOW() - INTERVAL 500 DAY, NOW() - INTERVAL 500 DAY, NOW() - INTERVAL 90 DAY);
