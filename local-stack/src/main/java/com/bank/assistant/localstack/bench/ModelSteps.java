package com.bank.assistant.localstack.bench;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * policy-service's live model-step figures ({@code GET /steps}: per step and model the
 * steps seen since it started and their total cost), read before and after a run: the
 * model cost of the run's turns as the policy gate sees it, from the {@code ModelUsage}
 * every NLU event carries.
 */
public final class ModelSteps {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final URI steps;

	/** The figures of the policy-service at {@code policy}. */
	public ModelSteps(URI policy) {
		this.steps = policy.resolve("/steps");
	}

	/** The totals now. */
	public Totals read() throws InterruptedException {
		try {
			HttpRequest request = HttpRequest.newBuilder(this.steps).timeout(Duration.ofSeconds(5)).GET().build();
			HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200) {
				throw new IllegalStateException(this.steps + " answered " + response.statusCode());
			}
			long count = 0;
			BigDecimal cost = BigDecimal.ZERO;
			for (JsonNode step : JSON.readTree(response.body())) {
				count += step.path("count").asLong();
				cost = cost.add(new BigDecimal(step.path("totalCost").asString("0")));
			}
			return new Totals(count, cost);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not read " + this.steps + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * The totals once they stop growing (the last turns' steps may still be in flight to
	 * policy-service), waiting at most a few seconds.
	 */
	public Totals settled() throws InterruptedException {
		Totals last = read();
		for (int i = 0; i < 10; i++) {
			Thread.sleep(300);
			Totals now = read();
			if (now.equals(last)) {
				return now;
			}
			last = now;
		}
		return last;
	}

	/**
	 * Model steps and their cost since policy-service started.
	 *
	 * @param steps model steps seen
	 * @param cost their total cost, BRL
	 */
	public record Totals(long steps, BigDecimal cost) {

		/** What happened between {@code before} and this. */
		public Totals minus(Totals before) {
			return new Totals(this.steps - before.steps, this.cost.subtract(before.cost));
		}

	}

}
