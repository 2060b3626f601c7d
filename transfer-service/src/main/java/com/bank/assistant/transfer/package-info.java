/**
 * transfer-service: the dialog manager of every chat turn and the ledger that moves money
 * exactly once.
 */
package com.bank.assistant.transfer;
