package org.kapcare.gateway.client;

/**
 * What every call to a service carries on behalf of the caller: their bearer token (the services
 * check it again) and the correlation id.
 */
public record Call(String authorization, String correlationId) {}
