{% load i18n static %}<?xml version="1.0" encoding="utf-8"?>
{% get_current_language as LANGUAGE_CODE %}<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:atom="http://www.w3.org/2005/Atom" exclude-result-prefixes="atom">
  <xsl:output method="html" encoding="utf-8" doctype-system="about:legacy-compat"/>
  <xsl:template match="/atom:feed">
    <html lang="{{ LANGUAGE_CODE }}">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title><xsl:value-of select="atom:title"/> | {% translate "Feed" %}</title>
        <link rel="stylesheet" href="{% static 'css/main.css' %}"/>
      </head>
      <body class="feed-page">
        <main id="main" class="container feed-page__main">
          <p class="feed-page__kind">{% translate "Feed (Atom) van het JOS kennisportaal" %}</p>
          <h1><xsl:value-of select="atom:title"/></h1>
          <div class="feed-page__explain">
            <p>{% translate "Dit is een feed: een adres voor een feedlezer (RSS-lezer). Zet het adres van deze pagina in je feedlezer, dan zie je daar vanzelf wat er nieuw is." %}</p>
            <p><a href="{% url 'alerts:follow' %}">{% translate "Liever een e-mail? Lees op de pagina Volgen hoe je op de hoogte blijft." %}</a></p>
            <p><a><xsl:attribute name="href"><xsl:value-of select="atom:link[@rel='alternate']/@href"/></xsl:attribute>{% translate "Bekijk deze lijst op de website" %}</a></p>
          </div>
          <h2>{% translate "Nieuwste items" %}</h2>
          <xsl:choose>
            <xsl:when test="atom:entry">
              <ol class="feed-page__entries">
                <xsl:for-each select="atom:entry">
                  <li class="feed-page__entry">
                    <h3 class="feed-page__entry-title"><a><xsl:attribute name="href"><xsl:value-of select="atom:link/@href"/></xsl:attribute><xsl:value-of select="atom:title"/></a></h3>
                    <p class="feed-page__meta">{% translate "Bijgewerkt" %}: <time><xsl:attribute name="datetime"><xsl:value-of select="atom:updated"/></xsl:attribute><xsl:value-of select="substring(atom:updated, 1, 10)"/></time></p>
                    <p><xsl:value-of select="atom:summary"/></p>
                  </li>
                </xsl:for-each>
              </ol>
            </xsl:when>
            <xsl:otherwise><p>{% translate "Er staat nog niets in deze feed." %}</p></xsl:otherwise>
          </xsl:choose>
        </main>
      </body>
    </html>
  </xsl:template>
</xsl:stylesheet>
