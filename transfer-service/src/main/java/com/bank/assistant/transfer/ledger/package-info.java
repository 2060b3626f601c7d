/**
 * The ledger's domain: the ports the dialog uses to read balances, statements and
 * contacts and to execute a transfer exactly once, and the values they exchange. No
 * adapters, no Spring.
 */
package com.bank.assistant.transfer.ledger;
