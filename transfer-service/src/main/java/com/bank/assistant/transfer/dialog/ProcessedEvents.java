package com.bank.assistant.transfer.dialog;

/** Remembers which incoming events were handled, so that a redelivery is dropped. */
public interface ProcessedEvents {

	/** True if the event was handled to the end. */
	boolean handled(String eventId);

	/** Records that the event was handled to the end. */
	void markHandled(String eventId);

}
