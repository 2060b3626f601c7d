-- The ledger: customers, their accounts, their saved Pix contacts, transfers (one row per
-- attempt, keyed by the Pix endToEndId = the idempotency key) and double-entry postings.

CREATE TABLE customers (
    id         TEXT PRIMARY KEY,
    name       TEXT        NOT NULL,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- A customer account per currency, and one Pix clearing (settlement) account per currency
-- that receives the credit side of every outgoing Pix.
CREATE TABLE accounts (
    id          TEXT PRIMARY KEY,
    customer_id TEXT REFERENCES customers (id),
    kind        TEXT           NOT NULL CHECK (kind IN ('CUSTOMER', 'PIX_CLEARING')),
    currency    VARCHAR(3)     NOT NULL,
    balance     NUMERIC(19, 2) NOT NULL DEFAULT 0,
    CONSTRAINT accounts_owner CHECK ((kind = 'CUSTOMER') = (customer_id IS NOT NULL)),
    CONSTRAINT accounts_customer_balance_not_negative CHECK (kind <> 'CUSTOMER' OR balance >= 0),
    CONSTRAINT accounts_one_per_currency UNIQUE (customer_id, currency)
);

CREATE UNIQUE INDEX accounts_one_clearing_per_currency ON accounts (currency) WHERE kind = 'PIX_CLEARING';

CREATE TABLE contacts (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id TEXT NOT NULL REFERENCES customers (id),
    name        TEXT NOT NULL,
    pix_key     TEXT NOT NULL,
    key_type    TEXT NOT NULL CHECK (key_type IN ('CPF', 'CNPJ', 'EMAIL', 'PHONE', 'EVP')),
    CONSTRAINT contacts_key_once UNIQUE (customer_id, pix_key)
);

-- status EXECUTED: the postings exist and balance_after is the balance after the debit;
-- status REFUSED: nothing moved, refusal_reason says why and balance_after is the balance then.
CREATE TABLE transfers (
    id              VARCHAR(32) PRIMARY KEY,
    customer_id     TEXT           NOT NULL REFERENCES customers (id),
    account_id      TEXT           NOT NULL REFERENCES accounts (id),
    conversation_id TEXT           NOT NULL,
    amount          NUMERIC(19, 2) NOT NULL CHECK (amount > 0),
    currency        VARCHAR(3)     NOT NULL,
    recipient_name  TEXT           NOT NULL,
    recipient_key   TEXT           NOT NULL,
    status          TEXT           NOT NULL CHECK (status IN ('EXECUTED', 'REFUSED')),
    refusal_reason  TEXT,
    balance_after   NUMERIC(19, 2) NOT NULL,
    created_at      TIMESTAMPTZ    NOT NULL,
    executed_at     TIMESTAMPTZ,
    CONSTRAINT transfers_outcome CHECK ((status = 'EXECUTED') = (executed_at IS NOT NULL)
        AND (status = 'REFUSED') = (refusal_reason IS NOT NULL))
);

CREATE INDEX transfers_by_conversation ON transfers (conversation_id);

-- Signed amounts: the debit is negative, the credit positive; a transfer's postings sum to zero.
CREATE TABLE postings (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    transfer_id VARCHAR(32)    NOT NULL REFERENCES transfers (id),
    account_id  TEXT           NOT NULL REFERENCES accounts (id),
    amount      NUMERIC(19, 2) NOT NULL CHECK (amount <> 0),
    currency    VARCHAR(3)     NOT NULL,
    posted_at   TIMESTAMPTZ    NOT NULL,
    CONSTRAINT postings_once_per_account UNIQUE (transfer_id, account_id)
);

CREATE INDEX postings_by_account ON postings (account_id, id DESC);

INSERT INTO accounts (id, kind, currency, balance) VALUES ('pix-clearing-BRL', 'PIX_CLEARING', 'BRL', 0);
