package com.bank.assistant.gate.budget;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.bank.assistant.contracts.event.GateRules;
import com.bank.assistant.contracts.ids.CustomerId;
import com.bank.assistant.gate.Budgets;
import com.bank.assistant.gate.Reason;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * Budgets as two Redis counters per period (the customer's and the total), in whole
 * nano-reais so that no money is ever a float: a Lua script checks both and books the
 * reservation in one step, so concurrent turns cannot overspend together. Lua counts in
 * doubles, exact below 2^53 nano-reais (about R$ 9 million per period).
 */
public final class RedisBudgets implements Budgets {

	private static final RedisScript<Long> RESERVE = RedisScript.of("""
			local customer = tonumber(redis.call('GET', KEYS[1]) or '0')
			local total = tonumber(redis.call('GET', KEYS[2]) or '0')
			local amount = tonumber(ARGV[1])
			if customer + amount > tonumber(ARGV[2]) then return 1 end
			if total + amount > tonumber(ARGV[3]) then return 2 end
			redis.call('INCRBY', KEYS[1], amount)
			redis.call('EXPIRE', KEYS[1], ARGV[4])
			redis.call('INCRBY', KEYS[2], amount)
			redis.call('EXPIRE', KEYS[2], ARGV[4])
			return 0
			""", Long.class);

	private static final RedisScript<Long> ADJUST = RedisScript.of("""
			redis.call('INCRBY', KEYS[1], ARGV[1])
			redis.call('EXPIRE', KEYS[1], ARGV[2])
			redis.call('INCRBY', KEYS[2], ARGV[1])
			redis.call('EXPIRE', KEYS[2], ARGV[2])
			return 0
			""", Long.class);

	private final StringRedisTemplate redis;

	private final String prefix;

	/** Counters under {@code prefix} (such as {@code policy:budget}). */
	public RedisBudgets(StringRedisTemplate redis, String prefix) {
		this.redis = redis;
		this.prefix = prefix;
	}

	@Override
	public Reason reserve(CustomerId customer, BigDecimal amount, GateRules rules, Instant now) {
		Duration period = Duration.parse(rules.budgetPeriod());
		Long verdict = this.redis.execute(RESERVE, keys(customer, period, now), nanos(amount),
				nanos(rules.customerBudget()), nanos(rules.totalBudget()), ttl(period));
		if (verdict == null || verdict == 0) {
			return Reason.WITHIN_LIMITS;
		}
		return (verdict == 1) ? Reason.CUSTOMER_BUDGET : Reason.TOTAL_BUDGET;
	}

	@Override
	public void settle(CustomerId customer, BigDecimal reserved, BigDecimal actual, GateRules rules, Instant now) {
		BigDecimal delta = actual.subtract((reserved != null) ? reserved : BigDecimal.ZERO);
		if (delta.signum() != 0) {
			Duration period = Duration.parse(rules.budgetPeriod());
			this.redis.execute(ADJUST, keys(customer, period, now), nanos(delta), ttl(period));
		}
	}

	/** What one customer spent on paid tiers in the current period, BRL. */
	public BigDecimal spent(CustomerId customer, GateRules rules, Instant now) {
		String value = this.redis.opsForValue().get(keys(customer, Duration.parse(rules.budgetPeriod()), now).get(0));
		return (value != null) ? new BigDecimal(value).movePointLeft(9) : BigDecimal.ZERO;
	}

	private List<String> keys(CustomerId customer, Duration period, Instant now) {
		long start = Math.floorDiv(now.getEpochSecond(), period.getSeconds()) * period.getSeconds();
		String base = this.prefix + ":" + start + ":";
		return List.of(base + "customer:" + customer.value(), base + "total");
	}

	private static String nanos(BigDecimal reais) {
		return reais.movePointRight(9).setScale(0, RoundingMode.UP).toPlainString();
	}

	private static String ttl(Duration period) {
		return Long.toString(period.getSeconds() * 2);
	}

}
