package uk.police.spo.orders;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface SpoApplicationRepository extends JpaRepository<SpoApplication, UUID> {

}
