package com.bank.assistant.transfer.persistence;

import java.time.Duration;

import com.bank.assistant.contracts.ids.TransferId;
import com.bank.assistant.transfer.dialog.StepUpRecords;

import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Step-up passes and wrong-PIN counts as {@code transfer:step-up:<id>} and
 * {@code transfer:step-up-failures:<id>}, expiring with the confirmation they belong to.
 */
public class RedisStepUps implements StepUpRecords {

	private static final String PASSED = "transfer:step-up:";

	private static final String FAILURES = "transfer:step-up-failures:";

	private final StringRedisTemplate redis;

	private final Duration ttl;

	/** Records kept in this Redis for this long. */
	public RedisStepUps(StringRedisTemplate redis, Duration ttl) {
		this.redis = redis;
		this.ttl = ttl;
	}

	@Override
	public boolean passed(TransferId transfer) {
		return transfer != null && Boolean.TRUE.equals(this.redis.hasKey(PASSED + transfer.value()));
	}

	@Override
	public void recordPassed(TransferId transfer) {
		this.redis.opsForValue().set(PASSED + transfer.value(), "passed", this.ttl);
	}

	@Override
	public long failures(TransferId transfer) {
		String count = this.redis.opsForValue().get(FAILURES + transfer.value());
		return (count != null) ? Long.parseLong(count) : 0;
	}

	@Override
	public long recordFailure(TransferId transfer) {
		String key = FAILURES + transfer.value();
		Long count = this.redis.opsForValue().increment(key);
		this.redis.expire(key, this.ttl);
		return (count != null) ? count : 0;
	}

}
