"""The encrypted local vault: SQLCipher store, keys, migrations, audit, search."""
