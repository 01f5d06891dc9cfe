package org.kapcare.notifications.channel.sms;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** What the provider answers: its message id and status. */
@JsonIgnoreProperties(ignoreUnknown = true)
record SmsProviderResponse(String sid, String status) {}
