/** Counts the gate's decisions and times them, as Micrometer meters. */
package com.bank.assistant.gate.metrics;
