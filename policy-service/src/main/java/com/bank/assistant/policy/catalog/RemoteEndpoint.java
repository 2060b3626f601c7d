package com.bank.assistant.policy.catalog;

/**
 * Where a remote tier is called: an OpenAI-compatible API.
 *
 * @param baseUrl the API's base URL
 * @param model the model to ask for
 * @param apiKey the key to call with; never serialized nor printed
 */
public record RemoteEndpoint(String baseUrl, String model, String apiKey) {

	/** Whether the endpoint can be called: a URL, a model and a key. */
	public boolean complete() {
		return present(this.baseUrl) && present(this.model) && present(this.apiKey);
	}

	@Override
	public String toString() {
		return "RemoteEndpoint[" + this.baseUrl + ", " + this.model + ", apiKey=" + (present(this.apiKey) ? "***" : "")
				+ "]";
	}

	private static boolean present(String value) {
		return value != null && !value.isBlank();
	}

}
