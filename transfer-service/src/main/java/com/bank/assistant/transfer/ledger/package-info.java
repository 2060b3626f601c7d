/**
 * The ledger's domain: the ports the dialog uses to read balances and statements and to
 * execute a transfer exactly once under the Pix rules, and the values they exchange. No
 * adapters, no Spring.
 */
package com.bank.assistant.transfer.ledger;
