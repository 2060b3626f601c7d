package com.bank.assistant.audit.trail;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CanonicalFormTest {

	@Test
	void keyOrderWhitespaceAndNumberSpellingDoNotMatter() {
		String published = "{\"b\":1e5,\"a\":[1.50,\"\\u00e9\",0.00010],\"c\":{\"z\":null,\"y\":true}}";
		String asJsonbReturnsIt = "{\"a\": [1.50, \"é\", 0.00010], \"b\": 100000, \"c\": {\"y\": true, \"z\": null}}";

		assertThat(CanonicalForm.of(published)).isEqualTo(CanonicalForm.of(asJsonbReturnsIt))
			.isEqualTo("{\"a\":[1.5,\"é\",0.0001],\"b\":100000,\"c\":{\"y\":true,\"z\":null}}");
	}

	@Test
	void valuesMatter() {
		assertThat(CanonicalForm.of("{\"amount\":\"20.00\"}")).isNotEqualTo(CanonicalForm.of("{\"amount\":\"2000\"}"));
	}

	@Test
	void hashLinksThePreviousHash() {
		String canonical = CanonicalForm.of("{\"a\":1}");

		assertThat(ChainHash.link(ChainHash.GENESIS, canonical)).hasSize(64)
			.isNotEqualTo(ChainHash.link("f".repeat(64), canonical))
			.isEqualTo(ChainHash.link(ChainHash.GENESIS, canonical));
	}

}
