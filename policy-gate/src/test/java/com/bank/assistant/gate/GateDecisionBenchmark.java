package com.bank.assistant.gate;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

import com.bank.assistant.contracts.ids.CustomerId;
import com.bank.assistant.gate.budget.RedisBudgets;
import com.bank.assistant.gate.metrics.MicrometerDecisionObserver;
import com.bank.assistant.infra.InfrastructureEndpoints;
import com.bank.assistant.infra.SharedInfrastructure;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * What one gate decision costs a turn, printed, never asserted (not part of
 * {@code verify}; run it by name):
 *
 * <pre>
 * ./mvnw -o -q -pl policy-gate -am test -Dtest=GateDecisionBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * Three decisions: an in-process step (rules, cost and deadline, Micrometer counters); a
 * paid step, which also reserves its estimate in the real Redis by one Lua script call;
 * and the paid step as slot-filling-service runs it, its reservation started when the
 * unsure intent arrived (two threads, as the auto-configuration's), with the turn's own
 * two Redis round trips (frame load and write) in between, untimed. Three rounds each
 * after a warm-up; the log prints each round and the medians.
 */
class GateDecisionBenchmark {

	private static final Logger log = LoggerFactory.getLogger(GateDecisionBenchmark.class);

	private static final int ROUNDS = 3;

	@Test
	void oneDecision() {
		KnownRules known = new KnownRules();
		known.accept(RulesMother.published("rules-1", 1500), Instant.now());
		InfrastructureEndpoints endpoints = SharedInfrastructure.endpoints();
		LettuceConnectionFactory connections = new LettuceConnectionFactory(endpoints.redisHost(),
				endpoints.redisPort());
		ExecutorService calls = Executors.newFixedThreadPool(2);
		connections.afterPropertiesSet();
		try {
			known.accept(new com.bank.assistant.contracts.event.PolicyRulesPublished("rules-2", Instant.now(),
					RulesMother.rules("1000000", "1000000"), RulesMother.tiers(1500)), Instant.now());
			PolicyGate gate = new PolicyGate(known,
					new RedisBudgets(new StringRedisTemplate(connections), "bench:" + UUID.randomUUID()),
					Clock.systemUTC(), Duration.ofSeconds(90),
					List.of(new MicrometerDecisionObserver(new SimpleMeterRegistry())), calls);
			measure("in-process step (no Redis)", 20_000, 100_000,
					() -> () -> gate.decide(request(RulesMother.SLOTS, false)));
			measure("paid step (Redis reservation)", 2_000, 10_000,
					() -> () -> gate.decide(request(RulesMother.LARGE, true)));
			StringRedisTemplate redis = new StringRedisTemplate(connections);
			String frame = "bench:frame:" + UUID.randomUUID();
			measure("paid step, reserved when the unsure intent arrived", 2_000, 10_000, () -> {
				EarlyReservation early = gate.reserveEarly(new CustomerId("bench"), RulesMother.LARGE, 450, 40)
					.orElseThrow();
				// What slot-filling does meanwhile, at the least: load the frame, write
				// it.
				redis.opsForValue().get(frame);
				redis.opsForValue().set(frame, "{}");
				return () -> gate.decide(request(RulesMother.LARGE, true), early);
			});
		}
		finally {
			calls.shutdown();
			connections.destroy();
		}
	}

	/**
	 * Times the runs that {@code prepared} returns; the preparing itself is not timed.
	 */
	private static void measure(String name, int warmUp, int samples, Supplier<Runnable> prepared) {
		for (int i = 0; i < warmUp; i++) {
			prepared.get().run();
		}
		List<long[]> rounds = new ArrayList<>();
		for (int round = 1; round <= ROUNDS; round++) {
			Histogram nanos = new Histogram(3);
			for (int i = 0; i < samples; i++) {
				Runnable decision = prepared.get();
				long started = System.nanoTime();
				decision.run();
				nanos.recordValue(System.nanoTime() - started);
			}
			long[] figures = { nanos.getValueAtPercentile(50), nanos.getValueAtPercentile(99),
					nanos.getValueAtPercentile(99.9), nanos.getMaxValue() };
			rounds.add(figures);
			log.info("{} round {}: {} decisions, p50 {} us, p99 {} us, p99.9 {} us, max {} us", name, round, samples,
					micros(figures[0]), micros(figures[1]), micros(figures[2]), micros(figures[3]));
		}
		log.info("{} MEDIAN of {} rounds: p50 {} us, p99 {} us, p99.9 {} us", name, ROUNDS, median(rounds, 0),
				median(rounds, 1), median(rounds, 2));
	}

	private static String median(List<long[]> rounds, int column) {
		return micros(rounds.stream()
			.map((figures) -> figures[column])
			.sorted(Comparator.naturalOrder())
			.toList()
			.get(rounds.size() / 2));
	}

	private static String micros(long nanos) {
		return BigDecimal.valueOf(nanos).movePointLeft(3).setScale(1, java.math.RoundingMode.HALF_UP).toPlainString();
	}

	private static StepRequest request(String tier, boolean remote) {
		return new StepRequest("escalation", tier, new CustomerId("bench"), new BigDecimal("0.000002"),
				new BigDecimal("5000.00"), Instant.now().plusSeconds(3), remote ? 450 : 0, remote ? 40 : 0, remote);
	}

}
