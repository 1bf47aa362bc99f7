-- 0009: the forward-secure MAC of each audit event, once sync has given the laptop its
-- first audit key (meta audit_mac_key moves one way after every event; see
-- sstdesk/wire/auditmac.py). Kept beside the events, whose shape colleagues receive.
CREATE TABLE audit_macs (
    seq INTEGER PRIMARY KEY,
    mac TEXT NOT NULL
);
