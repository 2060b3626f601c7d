/**
 * The Kafka side: the Spring Cloud Stream consumer of {@code SlotsUpdated} that hands
 * each envelope to the dialog, and the publisher of replies and transfer events.
 */
package com.bank.assistant.transfer.messaging;
