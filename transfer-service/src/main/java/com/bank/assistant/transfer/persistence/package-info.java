/**
 * Adapters that keep the ledger and the contacts in PostgreSQL (JdbcClient, Flyway
 * migrations) and each conversation's dialog state and handled event ids in Redis.
 */
package com.bank.assistant.transfer.persistence;
