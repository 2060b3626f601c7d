package com.bank.assistant.gateway.chat;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ReplyPositionTest {

	@Test
	void readsARedisStreamIdAndWritesItBack() {
		ReplyPosition position = ReplyPosition.parse("1764230400000-7");

		assertThat(position).isEqualTo(new ReplyPosition(1764230400000L, 7));
		assertThat(position.value()).isEqualTo("1764230400000-7");
		assertThat(ReplyPosition.parse("0")).isEqualTo(ReplyPosition.START);
	}

	@Test
	void ordersByTimeThenSequence() {
		ReplyPosition earlier = ReplyPosition.parse("5-9");
		ReplyPosition later = ReplyPosition.parse("6-0");

		assertThat(later.isAfter(earlier)).isTrue();
		assertThat(earlier.isAfter(later)).isFalse();
		assertThat(ReplyPosition.parse("6-1").isAfter(later)).isTrue();
		assertThat(later.isAfter(later)).isFalse();
	}

	@Test
	void refusesWhatIsNoReplyId() {
		for (String text : new String[] { "", "abc", "1-2-3", "-1", "1-x", "1--2" }) {
			assertThatIllegalArgumentException().isThrownBy(() -> ReplyPosition.parse(text));
		}
	}

}
