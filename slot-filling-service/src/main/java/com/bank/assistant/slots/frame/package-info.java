/**
 * A conversation's slot frame: the values a task collected so far, how a message merges
 * into it (corrections replace), what the task still needs, and how the frame is rebuilt
 * from the events. Domain: no Spring, Kafka, Redis or JDBC.
 */
package com.bank.assistant.slots.frame;
