<?xml version="1.0" encoding="UTF-8"?>
<!-- An interim Stalking Protection Order (Stalking Protection Act 2019, section 5). -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:fo="http://www.w3.org/1999/XSL/Format">
  <xsl:import href="common.xsl"/>

  <xsl:template match="/spoOrder">
    <xsl:call-template name="document">
      <xsl:with-param name="title">Interim Stalking Protection Order</xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="/spoOrder" mode="body">
    <xsl:call-template name="para"><xsl:with-param name="text">Stalking Protection Act 2019, section 5</xsl:with-param></xsl:call-template>
    <xsl:call-template name="order-particulars"/>
    <xsl:apply-templates select="defendant"/>
    <xsl:call-template name="heading"><xsl:with-param name="text">The order</xsl:with-param></xsl:call-template>
    <xsl:call-template name="para"><xsl:with-param name="text">An application for a Stalking Protection Order has been made against the defendant and has not yet been decided. The court considers it appropriate to make this interim order until it is.</xsl:with-param></xsl:call-template>
    <xsl:call-template name="order-terms"/>
    <xsl:call-template name="period"><xsl:with-param name="interim" select="true()"/></xsl:call-template>
    <xsl:call-template name="where-it-applies"/>
    <xsl:call-template name="notification-duty"/>
    <xsl:call-template name="breach-warning"/>
  </xsl:template>
</xsl:stylesheet>
