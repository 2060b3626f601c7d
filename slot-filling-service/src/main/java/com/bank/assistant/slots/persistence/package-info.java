/**
 * Adapters: the slot memory in Redis (readable JSON, compare-and-set, TTL) and the saved
 * contacts in PostgreSQL.
 */
package com.bank.assistant.slots.persistence;
