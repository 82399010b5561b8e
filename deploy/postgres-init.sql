-- Run as the PostgreSQL superuser. Replace the password.
create role aarshjul login password 'change-me';
create database aarshjul owner aarshjul encoding 'UTF8';
