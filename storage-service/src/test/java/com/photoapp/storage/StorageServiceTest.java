package com.photoapp.storage;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

/**
 * The whole service on a random port against the real PostgreSQL, Kafka broker and Azurite of
 * {@code devstack}, with photo-service and the token issuer stubbed. Every test class that uses it
 * shares one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "photoapp.storage.max-upload-size=1MB")
@AutoConfigureRestTestClient
@Import(TestInfrastructure.class)
public @interface StorageServiceTest {

}
