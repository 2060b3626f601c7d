/** The extractors and their normalized values; free of Kafka and Spring. */
package com.bank.assistant.slots.extraction;
