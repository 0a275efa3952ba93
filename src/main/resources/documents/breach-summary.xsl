<?xml version="1.0" encoding="UTF-8"?>
<!-- For the prosecutor: the offences recorded against a Stalking Protection Order (Stalking Protection Act 2019,
     section 8 breach and section 11 notification offences), the order they are against, and the decisions taken. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:fo="http://www.w3.org/1999/XSL/Format">
  <xsl:import href="common.xsl"/>

  <xsl:template match="/breachSummary">
    <xsl:call-template name="document">
      <xsl:with-param name="title">Breach summary for the prosecutor</xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="/breachSummary" mode="body">
    <xsl:call-template name="para"><xsl:with-param name="text">Stalking Protection Act 2019, sections 8 and 11. Prepared by <xsl:value-of select="policeForce"/> from the case record; a value the record does not hold is left out, not guessed.</xsl:with-param></xsl:call-template>
    <xsl:apply-templates select="defendant"/>

    <xsl:call-template name="heading"><xsl:with-param name="text">The order</xsl:with-param></xsl:call-template>
    <xsl:call-template name="field"><xsl:with-param name="label">Kind</xsl:with-param><xsl:with-param name="value" select="orderKind"/></xsl:call-template>
    <xsl:call-template name="date-field"><xsl:with-param name="label">Made on</xsl:with-param><xsl:with-param name="iso" select="orderMadeOn"/></xsl:call-template>
    <xsl:call-template name="date-field"><xsl:with-param name="label">Served on</xsl:with-param><xsl:with-param name="iso" select="orderServedOn"/></xsl:call-template>
    <xsl:call-template name="date-field"><xsl:with-param name="label">Ends on</xsl:with-param><xsl:with-param name="iso" select="orderEndsOn"/></xsl:call-template>
    <xsl:call-template name="order-terms"/>

    <xsl:call-template name="heading"><xsl:with-param name="text">Offences recorded</xsl:with-param></xsl:call-template>
    <xsl:for-each select="offences/item">
      <fo:block role="H3" font-weight="bold" space-before="6pt" keep-with-next="always">
        <xsl:value-of select="concat(position(), '. ', offence)"/>
      </fo:block>
      <xsl:call-template name="date-field"><xsl:with-param name="label">Occurred on</xsl:with-param><xsl:with-param name="iso" select="occurredOn"/></xsl:call-template>
      <xsl:call-template name="date-field"><xsl:with-param name="label">Reported on</xsl:with-param><xsl:with-param name="iso" select="reportedOn"/></xsl:call-template>
      <xsl:call-template name="field"><xsl:with-param name="label">Reported by</xsl:with-param><xsl:with-param name="value" select="reportedBy"/></xsl:call-template>
      <xsl:call-template name="field"><xsl:with-param name="label">Crime reference</xsl:with-param><xsl:with-param name="value" select="crimeReference"/></xsl:call-template>
      <xsl:call-template name="field"><xsl:with-param name="label">Action taken</xsl:with-param><xsl:with-param name="value" select="actionTaken"/></xsl:call-template>
      <xsl:call-template name="field"><xsl:with-param name="label">Arrest decision</xsl:with-param><xsl:with-param name="value" select="arrestDecision"/></xsl:call-template>
      <xsl:call-template name="field"><xsl:with-param name="label">Charge decision</xsl:with-param><xsl:with-param name="value" select="chargeDecision"/></xsl:call-template>
      <xsl:call-template name="field"><xsl:with-param name="label">Risk to the victim afterwards</xsl:with-param><xsl:with-param name="value" select="riskAfterwards"/></xsl:call-template>
    </xsl:for-each>

    <xsl:call-template name="heading"><xsl:with-param name="text">The offences</xsl:with-param></xsl:call-template>
    <xsl:call-template name="para"><xsl:with-param name="text">Doing anything the order prohibits, or failing to do anything it requires, without reasonable excuse, is an offence (section 8); so is failing without reasonable excuse to notify the police as section 9 requires, or notifying information known to be false (section 11). Each is punishable on indictment by up to 5 years' imprisonment, a fine, or both.</xsl:with-param></xsl:call-template>
  </xsl:template>
</xsl:stylesheet>
