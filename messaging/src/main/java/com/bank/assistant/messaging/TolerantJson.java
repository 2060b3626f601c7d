package com.bank.assistant.messaging;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON every service writes for others and for its later versions: nulls left out,
 * unknown fields ignored on reading. Events use it, and so does state kept as readable
 * JSON in Redis, so that a newer or older version of a service reads what another wrote.
 */
public final class TolerantJson {

	private TolerantJson() {
	}

	/** A new mapper with these settings. */
	public static JsonMapper mapper() {
		return JsonMapper.builder()
			.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.changeDefaultPropertyInclusion((inclusion) -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
			.build();
	}

}
