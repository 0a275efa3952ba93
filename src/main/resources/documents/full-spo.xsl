<?xml version="1.0" encoding="UTF-8"?>
<!-- A Stalking Protection Order (Stalking Protection Act 2019, sections 2 and 3). -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:fo="http://www.w3.org/1999/XSL/Format">
  <xsl:import href="common.xsl"/>

  <xsl:template match="/spoOrder">
    <xsl:call-template name="document">
      <xsl:with-param name="title">Stalking Protection Order</xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="/spoOrder" mode="body">
    <xsl:call-template name="para"><xsl:with-param name="text">Stalking Protection Act 2019, section 2</xsl:with-param></xsl:call-template>
    <xsl:call-template name="order-particulars"/>
    <xsl:apply-templates select="defendant"/>
    <xsl:call-template name="heading"><xsl:with-param name="text">The order</xsl:with-param></xsl:call-template>
    <xsl:call-template name="para"><xsl:with-param name="text">The court is satisfied that the defendant has carried out acts associated with stalking, that the defendant poses a risk associated with stalking to another person, and that the prohibitions and requirements below are necessary to protect that person from that risk.</xsl:with-param></xsl:call-template>
    <xsl:call-template name="order-terms"/>
    <xsl:call-template name="period"/>
    <xsl:call-template name="where-it-applies"/>
    <xsl:call-template name="notification-duty"/>
    <xsl:call-template name="breach-warning"/>
    <xsl:call-template name="heading"><xsl:with-param name="text">Appeal</xsl:with-param></xsl:call-template>
    <xsl:call-template name="para"><xsl:with-param name="text">You may appeal against this order to the Crown Court. You, or the police, may apply to this court to vary, renew or discharge it.</xsl:with-param></xsl:call-template>
  </xsl:template>
</xsl:stylesheet>
