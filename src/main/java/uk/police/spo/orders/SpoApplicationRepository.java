package uk.police.spo.orders;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SpoApplicationRepository extends JpaRepository<SpoApplication, UUID> {

}
