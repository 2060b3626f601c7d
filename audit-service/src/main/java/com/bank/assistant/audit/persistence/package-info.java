/**
 * The trail in PostgreSQL: append-only event rows, one locked head row per chain, and the
 * quarantine of unreadable events.
 */
package com.bank.assistant.audit.persistence;
