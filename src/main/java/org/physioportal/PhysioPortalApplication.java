package org.physioportal;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class PhysioPortalApplication {

    public static void main(String[] args) {
        SpringApplication.run(PhysioPortalApplication.class, args);
    }
}
