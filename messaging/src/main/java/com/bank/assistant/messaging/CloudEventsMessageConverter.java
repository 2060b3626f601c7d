package com.bank.assistant.messaging;

import com.bank.assistant.contracts.Envelope;

import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;
import org.springframework.messaging.converter.AbstractMessageConverter;
import org.springframework.util.MimeType;

/**
 * Lets Spring Cloud Stream functions take and return {@link Envelope}s on
 * {@code application/cloudevents+json}.
 */
public class CloudEventsMessageConverter extends AbstractMessageConverter {

	private final EnvelopeCodec codec;

	/** A converter that reads and writes with this codec. */
	public CloudEventsMessageConverter(EnvelopeCodec codec) {
		super(MimeType.valueOf(Envelope.CONTENT_TYPE));
		this.codec = codec;
	}

	@Override
	protected boolean supports(Class<?> clazz) {
		return Envelope.class.equals(clazz);
	}

	@Override
	protected Object convertFromInternal(Message<?> message, Class<?> targetClass, Object conversionHint) {
		return this.codec.read((byte[]) message.getPayload());
	}

	@Override
	protected Object convertToInternal(Object payload, MessageHeaders headers, Object conversionHint) {
		return this.codec.write((Envelope) payload);
	}

}
