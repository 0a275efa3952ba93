<?xml version="1.0" encoding="UTF-8"?>
<!-- The police's written acknowledgement of a notification made in person (Stalking Protection Act 2019, section 10). -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:fo="http://www.w3.org/1999/XSL/Format">
  <xsl:import href="common.xsl"/>

  <xsl:template match="/notificationAcknowledgement">
    <xsl:call-template name="document">
      <xsl:with-param name="title">Acknowledgement of notification</xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="/notificationAcknowledgement" mode="body">
    <xsl:variable name="reason">
      <xsl:choose>
        <xsl:when test="reason = 'CHANGE_OF_NAME'">a change of name</xsl:when>
        <xsl:when test="reason = 'CHANGE_OF_ADDRESS'">a change of home address</xsl:when>
        <xsl:when test="reason = 'CHANGE_OF_NAME_AND_ADDRESS'">a change of name and of home address</xsl:when>
        <xsl:otherwise>the service of a Stalking Protection Order or interim order</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="day"><xsl:call-template name="date"><xsl:with-param name="iso" select="notifiedOn"/></xsl:call-template></xsl:variable>
    <xsl:call-template name="para"><xsl:with-param name="text">Stalking Protection Act 2019, section 10</xsl:with-param></xsl:call-template>
    <xsl:call-template name="field"><xsl:with-param name="label">To</xsl:with-param><xsl:with-param name="value" select="defendantName"/></xsl:call-template>
    <!-- the station and what was notified only where the case records them -->
    <xsl:variable name="notified" select="namesNotified/item or aliasesNotified/item or string(homeAddressNotified)"/>
    <xsl:call-template name="para">
      <xsl:with-param name="text">
        <xsl:value-of select="concat('The police acknowledge the notification you made in person on ', $day)"/>
        <xsl:if test="string(policeStation)"><xsl:value-of select="concat(' at ', policeStation)"/></xsl:if>
        <xsl:value-of select="concat(', following ', $reason, '.')"/>
        <xsl:if test="$notified"> You notified the following.</xsl:if>
      </xsl:with-param>
    </xsl:call-template>

    <xsl:if test="$notified">
      <xsl:call-template name="heading"><xsl:with-param name="text">What you notified</xsl:with-param></xsl:call-template>
      <xsl:call-template name="joined"><xsl:with-param name="label">Names</xsl:with-param><xsl:with-param name="items" select="namesNotified/item"/></xsl:call-template>
      <xsl:call-template name="joined"><xsl:with-param name="label">Other names (aliases)</xsl:with-param><xsl:with-param name="items" select="aliasesNotified/item"/></xsl:call-template>
      <xsl:call-template name="field"><xsl:with-param name="label">Home address</xsl:with-param><xsl:with-param name="value" select="homeAddressNotified"/></xsl:call-template>
    </xsl:if>

    <xsl:call-template name="heading"><xsl:with-param name="text">Taken at the station</xsl:with-param></xsl:call-template>
    <xsl:call-template name="field"><xsl:with-param name="label">Received by</xsl:with-param><xsl:with-param name="value" select="receivedBy"/></xsl:call-template>
    <xsl:call-template name="field"><xsl:with-param name="label">Fingerprints taken</xsl:with-param><xsl:with-param name="value" select="substring('YesNo', 1 + 3 * (fingerprintsTaken != 'true'), 3 - (fingerprintsTaken != 'true'))"/></xsl:call-template>
    <xsl:call-template name="field"><xsl:with-param name="label">Photograph taken</xsl:with-param><xsl:with-param name="value" select="substring('YesNo', 1 + 3 * (photographTaken != 'true'), 3 - (photographTaken != 'true'))"/></xsl:call-template>

    <xsl:call-template name="heading"><xsl:with-param name="text">Your continuing duty</xsl:with-param></xsl:call-template>
    <xsl:call-template name="para"><xsl:with-param name="text">If you use a new name or change your home address while the order lasts, you must tell the police in person at a police station within 3 days beginning with the day of the change. Failing to do so without reasonable excuse, or giving false information, is an offence punishable by up to 5 years' imprisonment.</xsl:with-param></xsl:call-template>
  </xsl:template>

  <xsl:template name="joined">
    <xsl:param name="label"/>
    <xsl:param name="items"/>
    <xsl:call-template name="field">
      <xsl:with-param name="label" select="$label"/>
      <xsl:with-param name="value"><xsl:for-each select="$items"><xsl:if test="position() > 1">; </xsl:if><xsl:value-of select="."/></xsl:for-each></xsl:with-param>
    </xsl:call-template>
  </xsl:template>
</xsl:stylesheet>
