/** The intent model and its answer; free of Kafka and Spring. */
package com.bank.assistant.intent.detection;
