-- The customers' saved Pix contacts (slot-filling-service owns them: a name said in a message resolves here).
CREATE TABLE contacts (
    id          BIGSERIAL PRIMARY KEY,
    customer_id VARCHAR(64)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    pix_key     VARCHAR(77)  NOT NULL,
    key_type    VARCHAR(8)   NOT NULL CHECK (key_type IN ('CPF', 'CNPJ', 'EMAIL', 'PHONE', 'EVP')),
    created_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    UNIQUE (customer_id, pix_key)
);

CREATE INDEX contacts_by_customer ON contacts (customer_id, id);
