/**
 * The dialog's domain: the conversation state, the rules that turn one understood message
 * into a reply and transfer events, and the replies in Portuguese and English. It reaches
 * Redis and the ledger only through ports.
 */
package com.bank.assistant.transfer.dialog;
