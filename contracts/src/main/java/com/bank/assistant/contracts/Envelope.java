package com.bank.assistant.contracts;

import java.math.BigDecimal;
import java.time.Instant;

import com.bank.assistant.contracts.event.AssistantEvent;
import com.bank.assistant.contracts.ids.ConversationId;
import com.bank.assistant.contracts.ids.CustomerId;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Every Kafka message: a CloudEvents 1.0 event in structured JSON mode
 * ({@code application/cloudevents+json}), keyed by conversation id. The assistant's own
 * context travels as CloudEvents extension attributes.
 *
 * @param specversion CloudEvents version, always {@code 1.0}
 * @param id unique id of this event; consumers use it to drop duplicates
 * @param source the producing service, as {@code /service-name}
 * @param type the event type, one of {@link EventTypes}; it names the class of
 * {@code data}
 * @param subject the conversation id, also the Kafka key, so a conversation keeps its
 * order
 * @param time when the event happened
 * @param datacontenttype always {@code application/json}
 * @param schemaversion version of the data's schema; additive changes keep it, breaking
 * ones make a new type
 * @param conversationid the conversation this event belongs to
 * @param customerid the customer, as the gateway took it from the access token
 * @param correlationid id of the customer message that started this turn
 * @param causationid id of the event this one answers; null for a customer message
 * @param deadline when the turn's reply is due: the gateway's turn timeout, narrowed by
 * intent-service to the message's time plus the intent's SLA
 * @param modelcost model cost spent on this turn so far, in BRL, as a decimal string
 * @param data the event itself
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Envelope(String specversion, String id, String source, String type, String subject, Instant time,
		String datacontenttype, int schemaversion, ConversationId conversationid, CustomerId customerid,
		String correlationid, String causationid, Instant deadline, String modelcost, AssistantEvent data) {

	/** The CloudEvents version this envelope follows. */
	public static final String SPEC_VERSION = "1.0";

	/** Content type of a structured-mode CloudEvent in JSON. */
	public static final String CONTENT_TYPE = "application/cloudevents+json";

	/**
	 * The same envelope carrying other data, as a codec builds it from the header and the
	 * typed data.
	 */
	public Envelope withData(AssistantEvent newData) {
		return new Envelope(this.specversion, this.id, this.source, this.type, this.subject, this.time,
				this.datacontenttype, this.schemaversion, this.conversationid, this.customerid, this.correlationid,
				this.causationid, this.deadline, this.modelcost, newData);
	}

	/** The model cost spent on the turn so far, BRL; zero when none was recorded. */
	@JsonIgnore
	public BigDecimal modelCostSoFar() {
		return (this.modelcost != null) ? new BigDecimal(this.modelcost) : BigDecimal.ZERO;
	}

	/** The same envelope due at another time. */
	public Envelope withDeadline(Instant newDeadline) {
		return new Envelope(this.specversion, this.id, this.source, this.type, this.subject, this.time,
				this.datacontenttype, this.schemaversion, this.conversationid, this.customerid, this.correlationid,
				this.causationid, newDeadline, this.modelcost, this.data);
	}

	/** The data as the type the consumer expects, or an error naming both types. */
	public <T extends AssistantEvent> T dataAs(Class<T> expected) {
		if (!expected.isInstance(this.data)) {
			throw new IllegalArgumentException(
					"Event " + this.id + " of type " + this.type + " is not a " + expected.getSimpleName());
		}
		return expected.cast(this.data);
	}

}
