/**
 * The measurement of the extractors on the dev and held-out sets: per-slot P/R/F1, time
 * per message.
 */
package com.bank.assistant.slots.evaluation;
