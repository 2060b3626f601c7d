/**
 * The budget counters in Redis, reserved and settled by Lua scripts so that checks and
 * bookings are atomic.
 */
package com.bank.assistant.gate.budget;
