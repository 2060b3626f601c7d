package com.bank.assistant.contracts.event;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * What one model step used, for the policy gate and the operators.
 *
 * @param model the model's name
 * @param version the trained artifact's version (a hash of data and settings)
 * @param latencyMicros how long the step took, in microseconds
 * @param cost what the step cost, in BRL
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ModelUsage(String model, String version, long latencyMicros,
		@JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal cost) {

}
