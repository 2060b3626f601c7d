-- Demo customers (location classpath:db/demo, on while assistant.transfer.demo-data is true).
-- Opening balances are seeded directly; every later movement is a double-entry posting.
-- Their saved contacts live in slot-filling-service. The transaction PIN of both is 1234
-- (BCrypt hash below).
INSERT INTO customers (id, name, pin_hash) VALUES
    ('demo', 'Demo Customer', '$2a$10$sNVe9knsQXrDJJ.ri6oyE.Nl5uwg60LBImn3Ziwro.UFbXzHjbGPi'),
    ('bob', 'Bob', '$2a$10$sNVe9knsQXrDJJ.ri6oyE.Nl5uwg60LBImn3Ziwro.UFbXzHjbGPi')
ON CONFLICT (id) DO UPDATE SET pin_hash = EXCLUDED.pin_hash WHERE customers.pin_hash IS NULL;

INSERT INTO accounts (id, customer_id, kind, currency, balance) VALUES
    ('demo-BRL', 'demo', 'CUSTOMER', 'BRL', 1000.00),
    ('bob-BRL', 'bob', 'CUSTOMER', 'BRL', 500.00)
ON CONFLICT DO NOTHING;

INSERT INTO customer_pix_keys (pix_key, customer_id) VALUES
    ('demo@example.com', 'demo'),
    ('bob@example.com', 'bob')
ON CONFLICT DO NOTHING;
